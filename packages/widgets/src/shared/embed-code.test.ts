import { describe, expect, it } from 'vitest';
import { embedCode, embedPageUrl, escapeHtml, mergedFilter } from './embed-code.ts';

const BUNDLE = 'https://statistikk.asker.kommune.no/slt/slt-widgets.js';
const TREND_ATTRIBUTES = ['src', 'filter', 'heading', 'height', 'no-link', 'k', 'series-column', 'unit'];

function trend(attributes: Record<string, string>, linked: { column: string; values: string[] }[] = []) {
  return embedCode({ tag: 'slt-trend', attributes: Object.entries(attributes), observed: TREND_ATTRIBUTES, linked, language: 'nb', bundle: BUNDLE, title: attributes.heading ?? '' });
}

describe('embedCode', () => {
  it('writes the script embed: the bundle from its absolute URL and the element with its attributes', () => {
    const { script } = trend({ src: '/data/indicators.parquet', filter: 'indicator=neet', unit: 'percent', heading: 'Unge utenfor' });
    expect(script).toBe(
      '<script type="module" src="https://statistikk.asker.kommune.no/slt/slt-widgets.js"></script>\n' +
        '<slt-trend src="/data/indicators.parquet" filter="indicator=neet" unit="percent" heading="Unge utenfor" lang="nb"></slt-trend>',
    );
  });

  it('merges the linked filters into filter, except on columns the element fixes itself', () => {
    const { script } = trend({ src: '/d.parquet', filter: 'indicator=neet&sex=all' }, [
      { column: 'area', values: ['Bergen', 'Oslo'] },
      { column: 'sex', values: ['female'] },
    ]);
    expect(script).toContain('filter="indicator=neet&amp;sex=all&amp;area=Bergen&amp;area=Oslo"');
    expect(mergedFilter('', [{ column: 'area', values: ['Borgen'] }])).toBe('area=Borgen');
    expect(mergedFilter('area=Asker;sex=all', [{ column: 'area', values: ['Borgen'] }])).toBe('area=Asker;sex=all');
    // A followed column takes the choice in place of the element's default.
    expect(mergedFilter('area=Asker;sex=all', [{ column: 'sex', values: ['female'] }], 'sex')).toBe('area=Asker&sex=female');
    expect(mergedFilter('area=Asker;sex=all', [{ column: 'area', values: ['Borgen'] }], 'sex')).toBe('area=Asker;sex=all');
  });

  it('escapes hostile values: no markup, no broken-out attribute', () => {
    const hostile = '"><img src=x onerror="alert(1)"> & \'x\'';
    const { script, iframe } = trend({ src: '/d.parquet', heading: hostile });
    expect(script).not.toContain('<img');
    expect(script).toContain('heading="&quot;&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;x&#39;"');
    expect(iframe).not.toContain('<img');
    expect(iframe).toContain('title="&quot;&gt;&lt;img');
    expect(escapeHtml('<&>"\'')).toBe('&lt;&amp;&gt;&quot;&#39;');
  });

  it('copies only the element\'s declared attributes: never on*, style, class or a state', () => {
    const code = embedCode({
      tag: 'slt-trend',
      attributes: Object.entries({ src: '/d.parquet', onclick: 'x()', style: 'display:none', class: 'a', colour: 'red', printing: '' }),
      observed: [...TREND_ATTRIBUTES, 'onclick', 'style', 'class', 'printing'],
      bundle: BUNDLE,
    });
    for (const text of [code.script, code.iframe]) {
      expect(text).not.toMatch(/onclick|style="display|class=|colour|printing/);
    }
    expect(code.script).toContain('<slt-trend src="/d.parquet"></slt-trend>');
  });

  it('writes the iframe embed: the embed page beside the bundle, a title, an id, the resize snippet', () => {
    const { iframe } = trend({ src: '/data/indicators.parquet', filter: 'indicator=neet', heading: 'Unge 16–25 år' }, [{ column: 'area', values: ['Bergen'] }]);
    const [frame, resize] = iframe.split('\n');
    expect(frame).toMatch(/^<iframe data-slt-embed="trend" title="Unge 16–25 år" src="[^"]+" style="width:100%;border:0" loading="lazy"><\/iframe>$/);
    // With the widget's height, the frame starts there rather than at the browser's 150 px.
    const sized = embedCode({ tag: 'slt-trend', attributes: [['src', '/d.parquet']], observed: ['src'], bundle: 'https://statistikk.asker.kommune.no/slt/slt-widgets.js', height: '560px' });
    expect(sized.iframe).toContain('style="width:100%;height:560px;border:0"');
    expect(resize).toBe('<script src="https://statistikk.asker.kommune.no/embed/resize.js"></script>');
    const src = new URL(frame!.match(/src="([^"]+)"/)![1]!.replaceAll('&amp;', '&'));
    expect(src.origin + src.pathname).toBe('https://statistikk.asker.kommune.no/embed/');
    expect(Object.fromEntries(src.searchParams)).toEqual({
      widget: 'slt-trend',
      id: 'trend',
      src: '/data/indicators.parquet',
      filter: 'indicator=neet&area=Bergen',
      heading: 'Unge 16–25 år',
      lang: 'nb',
    });
    expect(frame).toContain('filter=indicator%3Dneet%26area%3DBergen');
    expect(frame).toContain('heading=Unge%2016');
  });

  it('finds the embed page from any sub-path of the bundle', () => {
    expect(embedPageUrl('https://kommune.no/filer/slt/slt-widgets.js').href).toBe('https://kommune.no/filer/embed/');
  });
});

describe('where the copied codes point', () => {
  it('the embed page is /embed/ beside slt/, from a published versioned bundle, the demo bundle or a sub-path', () => {
    expect(embedPageUrl('https://k.no/slt/v1/slt-widgets.js').href).toBe('https://k.no/embed/');
    expect(embedPageUrl('https://k.no/slt/v1.0.0/slt-widgets.js').href).toBe('https://k.no/embed/');
    expect(embedPageUrl('https://k.no/slt/slt-widgets.js').href).toBe('https://k.no/embed/');
    expect(embedPageUrl('https://k.no/statistikk/slt/v2/slt-widgets.js').href).toBe('https://k.no/statistikk/embed/');
    const { iframe } = embedCode({ tag: 'slt-trend', attributes: [['src', '/d.parquet']], observed: ['src'], bundle: 'https://k.no/slt/v1/slt-widgets.js' });
    expect(iframe).toContain('src="https://k.no/embed/?widget=slt-trend');
    expect(iframe).toContain('<script src="https://k.no/embed/resize.js"></script>');
  });

  it('a src or data that is a path is copied as an absolute URL against the page; a registered name is kept', () => {
    const copy = (attributes: [string, string][]) =>
      embedCode({ tag: 'slt-trend', attributes, observed: ['src', 'data', 'heading'], bundle: BUNDLE, base: 'https://k.no/sider/oppvekst/side.html' }).script;
    expect(copy([['src', '../../data/indicators.parquet']])).toContain('src="https://k.no/data/indicators.parquet"');
    expect(copy([['src', '/data/indicators.parquet']])).toContain('src="https://k.no/data/indicators.parquet"');
    expect(copy([['data', 'data/']])).toContain('data="https://k.no/sider/oppvekst/data/"');
    expect(copy([['src', 'https://cdn.k.no/x.parquet']])).toContain('src="https://cdn.k.no/x.parquet"');
    expect(copy([['src', 'indicators']])).toContain('src="indicators"');
    expect(copy([['heading', '../not/a/url']])).toContain('heading="../not/a/url"');
  });
});
