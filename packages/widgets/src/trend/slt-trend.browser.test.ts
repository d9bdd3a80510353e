// <slt-trend> in real Chromium, over real Parquet files, through the real DuckDB-WASM.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Engine, formatValue, sharedEngine } from '@slt/engine';
import '../index.ts';
import { requestFilter } from '../filters/filter-scope.ts';
import { accessibilityViolations } from '../testing/a11y.ts';
import { countingEngine } from '../testing/counting-engine.ts';
import { mountWidget, settled, texts } from '../testing/mount.ts';
import { normaliseSvg } from '../testing/svg-snapshot.ts';
import type { SltTrend } from './slt-trend.ts';

const TREND = '/test/fixtures/trend.parquet';
const NBSP = '\u00a0';

function mount(attributes: Record<string, string>, width = 600, parent: HTMLElement = document.body, engine?: Engine): SltTrend {
  return mountWidget<SltTrend>('slt-trend', attributes, { width, parent, ...(engine ? { engine } : {}) });
}

// A Norwegian page, as on a municipality's site (the test frame itself says lang="en").
beforeEach(() => {
  document.documentElement.lang = 'nb';
});

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<slt-trend> over a monthly file (period 2018-01 ... 2025-12, as the public monthly files write it)', () => {
  it('draws the months on a time axis and names them as months in the text, the table and the CSV', async () => {
    const element = mount({
      src: '/test/fixtures/case-monthly-demo.parquet',
      'time-column': 'period',
      'value-column': 'persons',
      filter: 'zone=all',
      unit: 'count',
      heading: 'I oppfølging',
    });
    const root = await settled(element);
    expect(element.state).toBe('ready');
    // 96 months, 91 of them shown (the file hides five counts under k = 5).
    expect(root.querySelectorAll('.slt-trend-points > path')).toHaveLength(91);
    expect(texts(root, 'figcaption p')[0]).toBe('Fra 8 i januar 2018 til 43 i desember 2025, en økning på 35. 5 av tallene er skjult.');
    const rows = [...root.querySelectorAll('details tbody tr')].map((row) => texts(row, 'td, th').join(' | '));
    expect(rows.slice(0, 3)).toEqual(['januar 2018 | 8', 'februar 2018 | 13', 'mars 2018 | : skjult for å beskytte personvernet: færre enn 5, eller ville avslørt et slikt tall']);
    // Years on the axis of eight years of months.
    expect(texts(root, 'g[aria-label="x-axis tick label"] text')).toContain('2020');
    const csv = await new Promise<string>((resolve) => {
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        void (blob as Blob).text().then(resolve);
        return 'blob:test';
      });
      element.downloadCsv();
    });
    expect(csv).toContain('2018-01;8');
    expect(csv).not.toContain('2018-01-01');
  });
});

describe('<slt-trend> over a Parquet file', () => {
  const attributes = {
    src: TREND,
    'time-column': 'year',
    'value-column': 'value',
    'series-column': 'area',
    filter: 'indicator=neet',
    unit: 'percent',
    heading: 'NEET',
  };

  it('is marked as demo data only when a row it draws is synthetic (the committed file mixes SSB figures with synthetic ones)', async () => {
    const neet = { src: '/data/indicators.parquet', 'time-column': 'year', 'value-column': 'value', 'series-column': 'area', unit: 'percent' };
    // Asker and Norway, 15-29: SSB table 13556 on every row.
    const real = await settled(mount({ ...neet, filter: 'indicator=neet&age_group=15-29&sex=all&area=Asker&area=Norge' }));
    expect(real.querySelector('.chart svg')).not.toBeNull();
    expect(texts(real, '[part="demo-marker"]')).toEqual([]);
    // Two districts, 16-25: synthetic.
    const synthetic = await settled(mount({ ...neet, filter: 'indicator=neet&age_group=16-25&sex=all&area=Borgen&area=Tofte' }));
    expect(texts(synthetic, '[part="demo-marker"]')).toEqual(['Demodata – tallene er syntetiske']);
  });

  it('plots one point per row that has a value, and lists every row in the table', async () => {
    const root = await settled(mount(attributes));
    // 2 areas x 11 years, one missing value (Oslo 2015).
    expect(root.querySelectorAll('.slt-trend-points > *')).toHaveLength(21);
    expect(root.querySelectorAll('details tbody tr')).toHaveLength(22);
    const rows = [...root.querySelectorAll('details tbody tr')].map((row) => texts(row, 'td').join(' | '));
    expect(rows).toContain('2015 | Oslo | mangler');
    expect(rows).toContain(`2022 | Bergen | 15,0${NBSP}%`);
  });

  it('labels the axes in nb-NO: years ungrouped, percentages with a decimal comma and a space', async () => {
    const root = await settled(mount(attributes));
    expect(texts(root, '[aria-label="x-axis tick label"] text')).toEqual([
      '2012', '2014', '2016', '2018', '2020', '2022',
    ]);
    const yLabels = texts(root, '[aria-label="y-axis tick label"] text');
    expect(yLabels).toContain(`12${NBSP}%`);
    for (const label of yLabels) expect(label).toMatch(/^\d+(,\d+)?\u00a0%$/);
  });

  it('writes a text alternative from the data in the reader\'s number format', async () => {
    const root = await settled(mount(attributes));
    expect(texts(root, 'figcaption p')).toEqual([
      `Bergen: fra 10,0${NBSP}% i 2012 til 15,0${NBSP}% i 2022, en økning på 5,0${NBSP}prosentpoeng.`,
      `Oslo: fra 11,3${NBSP}% i 2012 til 16,3${NBSP}% i 2022, en økning på 5,0${NBSP}prosentpoeng.`,
    ]);
    const svg = root.querySelector('.chart svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('heading summary');
  });

  it('follows the nearest ancestor\'s lang', async () => {
    const section = document.createElement('section');
    section.lang = 'en';
    document.body.append(section);
    const root = await settled(mount(attributes, 600, section));
    expect(texts(root, 'figcaption p')[0]).toBe('Bergen: from 10.0% in 2012 to 15.0% in 2022, an increase of 5.0\u00a0percentage points.');
    expect(texts(root, 'details summary')).toEqual(['Show the figures as a table']);
  });

  it('can be read with the keyboard: arrows step through the points, the value is read out', async () => {
    const root = await settled(mount(attributes));
    const chart = root.querySelector<HTMLElement>('.chart')!;
    expect(chart.tabIndex).toBe(0);
    expect(chart.getAttribute('aria-label')).toBe('NEET. Bruk piltastene for å gå gjennom verdiene.');
    await userEvent.click(chart); // focus, as a tap or a Tab would
    chart.focus();
    const readout = root.querySelector('[aria-live="polite"]')!;
    await vi.waitFor(() => expect(readout.textContent).toBe(`Bergen, 2022: 15,0${NBSP}%`));
    expect(root.querySelector('.slt-focus-ring')).not.toBeNull();
    await userEvent.keyboard('{ArrowLeft}');
    await vi.waitFor(() => expect(readout.textContent).toBe(`Bergen, 2021: 14,5${NBSP}%`));
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(readout.textContent).toBe(`Oslo, 2021: 15,8${NBSP}%`));
    await userEvent.keyboard('{Home}');
    await vi.waitFor(() => expect(readout.textContent).toBe(`Oslo, 2012: 11,3${NBSP}%`));
    chart.blur();
    await vi.waitFor(() => expect(root.querySelector('.slt-focus-ring')).toBeNull());
  });

  it("shows the nearest point's series, time and value while the pointer is over it, and nothing after", async () => {
    const root = await settled(mount(attributes));
    const bergen2022 = root.querySelectorAll('.slt-trend-points > *')[10]!;
    await userEvent.hover(bergen2022);
    await vi.waitFor(() => expect(texts(root, '.slt-tip tspan')).toEqual(['Bergen', `2022: 15,0${NBSP}%`]));
    expect(root.querySelector('.slt-tip')!.getAttribute('aria-hidden')).toBe('true');
    await userEvent.hover(root.querySelector('h2, [part="heading"]')!);
    await vi.waitFor(() => expect(root.querySelector('.slt-tip')).toBeNull());
  });

  it('draws the same SVG as its golden snapshot', async () => {
    const root = await settled(mount(attributes));
    await expect(normaliseSvg(root.querySelector('.chart svg')!)).toMatchFileSnapshot('./__snapshots__/slt-trend.two-series.svg.txt');
  });

  it('has no WCAG 2.1 A/AA violation (axe-core), drawn or in the error state', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const chart = mount(attributes);
    const broken = mount({ src: '/test/fixtures/does-not-exist.parquet', heading: 'Feil' });
    await Promise.all([settled(chart), settled(broken)]);
    chart.shadowRoot!.querySelector('details')!.open = true;
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });

  it('offers the shown data as CSV: raw numbers, a row per point', async () => {
    const element = mount(attributes);
    await settled(element);
    let saved: Blob | undefined;
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    element.shadowRoot!.querySelector<HTMLButtonElement>('.downloads button')!.click();
    expect(createObjectURL).toHaveBeenCalled();
    const csv = await saved!.text();
    const lines = csv.replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe('Tid;Serie;Verdi');
    expect(lines).toHaveLength(23);
    expect(lines).toContain('2022;Bergen;15');
    expect(lines).toContain('2015;Oslo;');
  });

  it('follows a filter chosen in a linked widget, on columns its data has', async () => {
    const section = document.createElement('section');
    section.setAttribute('slt-scope', '');
    document.body.append(section);
    const element = mount({ ...attributes, filter: 'indicator=neet' }, 600, section);
    await settled(element);
    requestFilter(section, 'area', ['Bergen']);
    requestFilter(section, 'district_group', ['G1']); // not a column of this dataset: ignored
    await vi.waitFor(() => expect(element.shadowRoot!.querySelectorAll('.slt-trend-points > *')).toHaveLength(11));
    expect(texts(element.shadowRoot!, '.legend li')).toEqual([]);
    requestFilter(section, 'area', null);
    await vi.waitFor(() => expect(element.shadowRoot!.querySelectorAll('.slt-trend-points > *')).toHaveLength(21));
    // A year chosen for the other widgets leaves the line whole (it cut each line to one point).
    requestFilter(section, 'year', ['2019']);
    requestFilter(section, 'area', ['Bergen']);
    await vi.waitFor(() => expect(element.shadowRoot!.querySelectorAll('.slt-trend-points > *')).toHaveLength(11));
  });

  it('follow: its own value on a followed column is a default that a choice in the scope replaces', async () => {
    const section = document.createElement('section');
    section.setAttribute('slt-scope', '');
    document.body.append(section);
    const demo = '/test/fixtures/indicators-demo.parquet';
    const filter = 'indicator=neet&age_group=15-29&sex=all&area=Borgen';
    const following = mount({ src: demo, filter, follow: 'sex', 'series-column': 'area', unit: 'percent', heading: 'Borgen' }, 600, section);
    const fixed = mount({ src: demo, filter, 'series-column': 'area', unit: 'percent', heading: 'Borgen' }, 600, section);
    const firstOf = async (element: HTMLElement) => (await settled(element)).querySelector('tbody tr td:last-child')?.textContent;
    const all = await firstOf(following);
    expect(await firstOf(fixed)).toBe(all);
    const { rows } = await sharedEngine().select(demo, {
      columns: ['year', 'value'],
      filters: [...filter.replace('sex=all', 'sex=female').split('&').map((pair) => pair.split('=')).map(([column, value]) => ({ column: column!, values: [value!] }))],
      orderBy: ['year'],
    });
    requestFilter(section, 'sex', ['female']);
    // The follower shows the women's figures; the element without `follow` keeps sex=all.
    const womenFirst = formatValue(Number(rows[0]!['value']), 'percent', 'nb');
    await vi.waitFor(() => expect(following.shadowRoot!.querySelector('tbody tr td:last-child')?.textContent).toBe(womenFirst));
    expect(womenFirst).not.toBe(all);
    expect(fixed.shadowRoot!.querySelector('tbody tr td:last-child')?.textContent).toBe(all);
    // Its embed code writes the choice in place of the default.
    await following.updateComplete;
    expect(following.shadowRoot!.querySelector<HTMLTextAreaElement>('#embed-script')!.value).toContain('filter="indicator=neet&amp;age_group=15-29&amp;area=Borgen&amp;sex=female"');
    requestFilter(section, 'sex', null);
    await vi.waitFor(() => expect(following.shadowRoot!.querySelector('tbody tr td:last-child')?.textContent).toBe(all));
  });

  it('offers its embed codes with the linked filters in force, and copies them with a confirmation', async () => {
    const section = document.createElement('section');
    section.setAttribute('slt-scope', '');
    document.body.append(section);
    const element = mount(attributes, 600, section);
    await settled(element);
    // A year chosen for the other widgets is not the trend's: not in its code either (the
    // embedded trend drew one point). Chosen first: the area after it is what the wait sees.
    requestFilter(section, 'year', ['2019']);
    requestFilter(section, 'area', ['Bergen']);
    await vi.waitFor(() => expect(element.shadowRoot!.querySelectorAll('.slt-trend-points > *')).toHaveLength(11));
    await element.updateComplete;
    const root = element.shadowRoot!;
    const script = root.querySelector<HTMLTextAreaElement>('#embed-script')!.value;
    expect(script).not.toContain('2019');
    const iframe = root.querySelector<HTMLTextAreaElement>('#embed-iframe')!.value;
    expect(script).toMatch(/^<script type="module" src="http:\/\/[^"]+\.ts"><\/script>\n<slt-trend /);
    expect(script).toContain('filter="indicator=neet&amp;area=Bergen"');
    expect(script).toContain('heading="NEET"');
    expect(iframe).toContain('filter=indicator%3Dneet%26area%3DBergen');
    expect(iframe).toMatch(/^<iframe data-slt-embed="trend" title="NEET" src="[^"]+\/embed\/\?widget=slt-trend&amp;id=trend&amp;/);
    const toggle = root.querySelector<HTMLButtonElement>('.embed-toggle')!;
    expect(toggle.textContent!.trim()).toBe('Kopier innbyggingskode');
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector<HTMLElement>('#embed')!.hidden).toBe(false);
    const writeText = vi.fn(() => Promise.resolve());
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    root.querySelector<HTMLButtonElement>('.embed-snippet button')!.click();
    await vi.waitFor(() => expect(root.querySelector('.embed-status')!.textContent).toBe('Kopiert'));
    expect(writeText).toHaveBeenCalledWith(script);
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });

  it('ends on the last of a fast sequence of linked filter changes', async () => {
    const section = document.createElement('section');
    section.setAttribute('slt-scope', '');
    document.body.append(section);
    const element = mount(attributes, 600, section);
    await settled(element);
    for (const area of ['Oslo', 'Bergen', 'Oslo', 'Bergen']) requestFilter(section, 'area', [area]);
    await settled(element);
    await vi.waitFor(() => expect(texts(element.shadowRoot!, 'figcaption p')).toEqual([
      `Bergen: fra 10,0${NBSP}% i 2012 til 15,0${NBSP}% i 2022, en økning på 5,0${NBSP}prosentpoeng.`,
    ]));
  });

  it('shows figures hidden by disclosure control as ":" with the explanation, never as 0 or a gap', async () => {
    const root = await settled(
      mount({ src: '/test/fixtures/indicators-demo.parquet', filter: 'indicator=ungdata_bullied&area=Vollen&sex=female&age_group=13-15', unit: 'percent' }),
    );
    expect(root.querySelectorAll('.slt-trend-hidden > *')).toHaveLength(2);
    expect(texts(root, 'td.suppressed abbr')).toEqual([':', ':']);
    expect(root.querySelector('td.suppressed abbr')!.getAttribute('title')).toBe('skjult for å beskytte personvernet: færre enn 5, eller ville avslørt et slikt tall');
    expect(texts(root, 'figcaption .note')).toEqual(['«:» = skjult for å beskytte personvernet: færre enn 5 personer, eller et tall som ville avslørt et slikt.']);
    expect(texts(root, 'figcaption p')[0]).toMatch(/2 av tallene er skjult\.$/);
  });

  it('lets the page raise k, never lower it', async () => {
    const raised = await settled(
      mount({ src: '/test/fixtures/indicators-demo.parquet', filter: 'indicator=neet&area_level=district&sex=female&age_group=16-25&area=Borgen', unit: 'percent', k: '100' }),
    );
    // Borgen's numerators are 64-95, except 108 in 2024: ten are below 100.
    expect(raised.querySelectorAll('.slt-trend-hidden > *')).toHaveLength(10);
    expect(texts(raised, 'figcaption .note')).toEqual(['«:» = skjult for å beskytte personvernet: færre enn 100 personer, eller et tall som ville avslørt et slikt.']);
    const lowered = await settled(
      mount({ src: '/test/fixtures/indicators-demo.parquet', filter: 'indicator=ungdata_bullied&area=Vollen&sex=female&age_group=13-15', unit: 'percent', k: '2' }),
    );
    expect(lowered.querySelectorAll('.slt-trend-hidden > *')).toHaveLength(2);
  });

  it('shows the dataset\'s source and marks synthetic data', async () => {
    const root = await settled(mount({ src: '/test/fixtures/indicators-demo.parquet', filter: 'indicator=neet&area_level=country&sex=all&age_group=16-25' }));
    expect(texts(root, '[part="demo-marker"]')).toEqual(['Demodata – tallene er syntetiske']);
    expect(texts(root, 'footer .facts')[0]).toMatch(/Oppdatert 15\. januar 2026\./);
  });

  it('paints its first chart without waiting for DuckDB-WASM', async () => {
    const withoutDuckDB = new Engine({ duckdb: () => new Promise(() => undefined) });
    const root = await settled(mount(attributes, 600, document.body, withoutDuckDB));
    expect(root.querySelectorAll('.slt-trend-points > *')).toHaveLength(21);
  });

  it('switches language when the page\'s lang changes, numbers included (nynorsk falls back to bokmål formats)', async () => {
    const root = await settled(mount(attributes));
    document.documentElement.lang = 'nn';
    await vi.waitFor(() =>
      expect(texts(root, 'figcaption p')[0]).toBe(
        `Bergen: frå 10,0${NBSP}% i 2012 til 15,0${NBSP}% i 2022, ein auke på 5,0${NBSP}prosentpoeng.`,
      ),
    );
    expect(texts(root, '[aria-label="y-axis tick label"] text')).toContain(`12${NBSP}%`);
  });

  it('speaks bokmål when nothing on the page says otherwise', async () => {
    document.documentElement.removeAttribute('lang');
    const root = await settled(mount(attributes));
    expect(texts(root, 'details summary')).toEqual(['Vis tallene som tabell']);
  });

  it('shows a legend that names each series beside its symbol', async () => {
    const root = await settled(mount(attributes));
    expect(texts(root, '.legend li')).toEqual(['Bergen', 'Oslo']);
    expect(root.querySelectorAll('.legend li svg path')).toHaveLength(2);
  });

  it('styles series by order, or as series-styles says: the named series keeps its colour and symbol in line, dots and legend', async () => {
    const legend = (root: ParentNode) =>
      Object.fromEntries([...root.querySelectorAll('.legend li')].map((item) => [item.textContent!.trim(), item.querySelector('svg path')!.getAttribute('fill')]));
    const dotFills = (root: ParentNode) => new Set([...root.querySelectorAll('.slt-trend-points path')].map((dot) => dot.getAttribute('fill')));
    // By order: Bergen the first style (blue), Oslo the second (vermillion).
    const byOrder = await settled(mount(attributes));
    expect(legend(byOrder)).toEqual({ Bergen: '#0072b2', Oslo: '#d55e00' });
    // As a dashboard assigns them: Oslo style 1, Bergen style 5 (grey, a star).
    const styled = await settled(mount({ ...attributes, 'series-styles': 'Oslo=1&Bergen=5' }));
    expect(legend(styled)).toEqual({ Bergen: '#5a5a5a', Oslo: '#0072b2' });
    expect(dotFills(styled)).toEqual(new Set(['#5a5a5a', '#0072b2']));
    const lines = new Set([...styled.querySelectorAll('.chart svg path[stroke]')].map((line) => line.getAttribute('stroke')).filter((stroke) => stroke?.startsWith('#')));
    expect(lines).toEqual(new Set(['#5a5a5a', '#0072b2']));
    const shape = (root: ParentNode, area: string) =>
      [...root.querySelectorAll('.legend li')].find((item) => item.textContent!.trim() === area)!.querySelector('svg path')!.getAttribute('d');
    expect(shape(styled, 'Oslo')).toBe(shape(byOrder, 'Bergen')); // style 1: the circle
    expect(shape(styled, 'Bergen')).not.toBe(shape(byOrder, 'Oslo'));
    // A series it does not name gets a style no named one has.
    const partly = await settled(mount({ ...attributes, 'series-styles': 'Oslo=1' }));
    expect(legend(partly)).toEqual({ Bergen: '#d55e00', Oslo: '#0072b2' });
  });

  it("names a sex column's series in the reader's language, and codes as `labels` says, everywhere the reader reads them", async () => {
    const bySex = {
      src: '/test/fixtures/indicators-demo.parquet',
      filter: 'indicator=neet&age_group=15-29&area=Asker&sex=female&sex=male',
      'series-column': 'sex',
      unit: 'percent',
      heading: 'Asker etter kjønn',
    };
    const root = await settled(mount(bySex));
    expect(texts(root, '.legend li')).toEqual(['Kvinner', 'Menn']);
    const text = texts(root, 'figcaption p').join(' ');
    expect(text).toMatch(/^Kvinner: fra .* Menn: fra /);
    expect(text).not.toMatch(/female|male/);
    expect(new Set([...root.querySelectorAll('details tbody tr')].map((row) => row.querySelectorAll('td, th')[1]!.textContent!.trim()))).toEqual(new Set(['Kvinner', 'Menn']));
    // The read-out names the series too.
    root.querySelector<HTMLElement>('.chart[tabindex]')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(root.querySelector('[part="readout"]')?.textContent).toMatch(/^Kvinner, /));
    // In English, and a style given by the code keeps its series.
    const english = await settled(mount({ ...bySex, lang: 'en', 'series-styles': 'male=1&female=5' }));
    expect(texts(english, '.legend li')).toEqual(['Female', 'Male']);
    const fills = Object.fromEntries([...english.querySelectorAll('.legend li')].map((item) => [item.textContent!.trim(), item.querySelector('svg path')!.getAttribute('fill')]));
    expect(fills).toEqual({ Female: '#5a5a5a', Male: '#0072b2' });
    // Names for other codes: `labels`, %-escaped like a filter.
    const labelled = await settled(mount({ ...bySex, labels: 'female=Unge kvinner&male=Unge menn %26 gutter' }));
    expect(texts(labelled, '.legend li')).toEqual(['Unge kvinner', 'Unge menn & gutter']);
    // A pair without a name is refused by the attribute's name, with the form it takes.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = await settled(mount({ ...bySex, labels: 'female' }));
    expect(texts(broken, '[role="alert"]')[0]).toBe('Ugyldig innstilling: «labels» må være kode=navn, flere skilt med &.');
  });

  it('names each line at its end when the chart is wide enough, apart from the others and tied to its line', async () => {
    const comparison = {
      src: '/test/fixtures/indicators-demo.parquet',
      filter: 'indicator=neet&age_group=16-25&sex=all&area=Asker&area=Borgen&area=Vollen&area=Norge',
      'series-column': 'area',
      unit: 'percent',
    };
    const endLabels = (root: ParentNode) =>
      [...root.querySelectorAll('.slt-trend-end-labels text')].map((text) => ({ name: text.textContent!, y: Number(text.getAttribute('y')) }));
    const wide = await settled(mount(comparison, 700));
    const labels = endLabels(wide);
    expect(labels.map((label) => label.name).sort()).toEqual(['Asker', 'Borgen', 'Norge', 'Vollen']);
    // In the order of the lines' ends, top to bottom, one line of text apart at least.
    const ys = labels.map((label) => label.y);
    for (let index = 1; index < ys.length; index++) expect(ys[index]! - ys[index - 1]!).toBeGreaterThanOrEqual(15);
    // Each name lies at the height of its line's last dot, or is tied to it by a leader.
    const svg = wide.querySelector('.chart svg')!;
    const dots = [...svg.querySelectorAll('.slt-trend-points > path')].map((dot) => /translate\(([\d.]+),([\d.]+)\)/.exec(dot.getAttribute('transform')!)!.slice(1).map(Number) as [number, number]);
    const lastX = Math.max(...dots.map(([x]) => x));
    const endYs = dots.filter(([x]) => x === lastX).map(([, y]) => y).sort((a, b) => a - b);
    const leaders = svg.querySelectorAll('.slt-trend-end-labels > path:not([fill]), .slt-trend-end-labels > path[fill="none"]:not([stroke-dasharray])').length;
    const beside = labels.filter((label, index) => Math.abs(label.y - endYs[index]!) <= 2).length;
    expect(beside + leaders).toBeGreaterThanOrEqual(4);
    // The names are inside the chart.
    const box = svg.getBoundingClientRect();
    for (const text of svg.querySelectorAll('.slt-trend-end-labels text')) expect(text.getBoundingClientRect().right).toBeLessThanOrEqual(box.right + 1);
    // A reference is named too, after its dashes.
    const withReference = await settled(mount({ ...comparison, filter: 'indicator=neet&age_group=16-25&sex=all&area=Borgen&area=Vollen', reference: 'area=Norge' }, 700));
    expect(endLabels(withReference).map((label) => label.name).sort()).toEqual(['Borgen', 'Norge', 'Vollen']);
    expect(withReference.querySelector('.slt-trend-end-labels path[stroke-dasharray]')).not.toBeNull();
    // On a phone the plot keeps its width and the legend names the lines.
    const narrow = await settled(mount(comparison, 390));
    expect(endLabels(narrow)).toEqual([]);
    expect(texts(narrow, '.legend li')).toEqual(['Asker', 'Borgen', 'Norge', 'Vollen']);
  });

  it('draws the series `highlight` names on top and thicker, names it first and in bold, and redraws on a change without querying again', async () => {
    const { engine, queries } = countingEngine();
    const comparison = {
      src: '/test/fixtures/indicators-demo.parquet',
      filter: 'indicator=neet&age_group=15-29&sex=all&area=Asker&area=Borgen&area=Tofte&area=Vollen&area=Norge',
      'series-column': 'area',
      unit: 'percent',
      highlight: 'Asker',
    };
    const element = mount(comparison, 700, document.body, engine);
    const root = await settled(element);
    const lines = () => [...root.querySelectorAll('g[aria-label="line"] path')].map((path) => ({ stroke: path.getAttribute('stroke'), width: path.getAttribute('stroke-width') }));
    const bold = () => texts(root, '.legend li.highlighted');
    // Asker (the first style, blue) last, so that no line crosses over it; 4 px against 1.5 px.
    expect(lines().at(-1)).toEqual({ stroke: '#0072b2', width: '4' });
    expect(lines().slice(0, -1).map((line) => line.width)).toEqual(['1.5', '1.5', '1.5', '1.5']);
    expect(bold()).toEqual(['Asker']);
    expect([...root.querySelectorAll('.slt-trend-end-labels text[font-weight="700"]')].map((text) => text.textContent)).toEqual(['Asker']);
    // Its dots are larger than when another series is highlighted (same shapes, so they still tell the lines apart).
    const askerDot = () => root.querySelector('.slt-trend-points path[fill="#0072b2"]')!.getBoundingClientRect().width;
    const highlightedDot = askerDot();
    // The text starts with it, and says where it stands in the last year.
    const text = texts(root, 'figcaption p');
    expect(text[0]).toMatch(/^Asker: fra /);
    // 2025: Borgen 13,7, Tofte 11,7, Norge 10,2, Asker 9,3, Vollen 7,0 (the fixture, as native DuckDB reads it).
    expect(text[1]).toBe('I 2025 var Asker nummer 4 av 5, regnet fra det høyeste tallet.');
    // Another series, by a change of the attribute: drawn again, no query.
    const asked = queries();
    element.setAttribute('highlight', 'Borgen');
    await vi.waitFor(() => expect(bold()).toEqual(['Borgen']));
    expect(texts(root, 'figcaption p').slice(0, 2)).toEqual([expect.stringMatching(/^Borgen: fra /), 'I 2025 hadde Borgen det høyeste tallet av 5.']);
    expect(lines().filter((line) => line.width === '4')).toHaveLength(1);
    expect(highlightedDot).toBeGreaterThan(1.4 * askerDot());
    expect(queries()).toBe(asked);
    // A name no line has highlights nothing: every line as without the attribute.
    element.setAttribute('highlight', 'Bergen');
    await vi.waitFor(() => expect(bold()).toEqual([]));
    expect(lines().every((line) => line.width === null)).toBe(true);
    expect(texts(root, 'figcaption p').join(' ')).not.toMatch(/nummer|høyeste tallet|laveste tallet/);
  });

  it('refuses a broken series-styles with the invalid-setting message, and draws once it is corrected', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const element = mount({ ...attributes, 'series-styles': 'Oslo=blue' });
    const root = await settled(element);
    expect(element.state).toBe('error');
    expect(texts(root, '[role="alert"]')).toEqual(['Ugyldig innstilling: «series-styles» må være Asker=1&Norge=5 (1–7).']);
    element.setAttribute('series-styles', 'Oslo=2');
    await settled(element);
    await vi.waitFor(() => expect(element.state).toBe('ready'));
    expect(root.querySelectorAll('.slt-trend-points > *')).toHaveLength(21);
  });

  it('redraws to its container\'s width, not the window\'s', async () => {
    const element = mount(attributes, 320);
    const root = await settled(element);
    expect(root.querySelector('.chart svg')!.getAttribute('width')).toBe('320');
    element.parentElement!.style.width = '700px';
    await vi.waitFor(() => expect(root.querySelector('.chart svg')!.getAttribute('width')).toBe('700'));
  });
});

describe('<slt-trend> states', () => {
  it('holds the chart\'s height while loading, so nothing jumps', async () => {
    const element = mount({ src: TREND, height: '260', filter: 'indicator=neet' });
    await element.updateComplete;
    const skeleton = element.shadowRoot!.querySelector<HTMLElement>('.chart.skeleton');
    expect(skeleton).not.toBeNull();
    expect(skeleton!.getBoundingClientRect().height).toBe(260);
    expect(element.shadowRoot!.querySelector('figure')!.getAttribute('aria-busy')).toBe('true');
    await settled(element);
  });

  it('takes about the height of the finished chart while loading, so the page below does not jump', async () => {
    const element = mount({ src: TREND, filter: 'indicator=neet', 'series-column': 'area', unit: 'percent' });
    await element.updateComplete;
    const loading = element.getBoundingClientRect().height;
    await settled(element);
    const loaded = element.getBoundingClientRect().height;
    expect(Math.abs(loaded - loading)).toBeLessThanOrEqual(4);
  });

  it('says so when the selection has no rows', async () => {
    const root = await settled(mount({ src: TREND, filter: 'indicator=nothing-like-this' }));
    expect(texts(root, '[part="message"]')).toEqual(['Ingen data for dette utvalget.']);
    expect(root.querySelector('svg')).toBeNull();
  });

  it('says so for a file with no rows at all', async () => {
    const root = await settled(mount({ src: '/test/fixtures/empty.parquet' }));
    expect(texts(root, '[part="message"]')).toEqual(['Ingen data for dette utvalget.']);
  });

  it('shows a missing file as an error in the reader\'s language, and logs the cause', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = await settled(mount({ src: '/test/fixtures/does-not-exist.parquet', lang: 'nn' }));
    expect(texts(root, '[role="alert"]')).toEqual(['Fann ikkje datafila.']);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it('names the valid columns when a column is unknown', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = await settled(mount({ src: TREND, 'value-column': 'verdi' }));
    expect(texts(root, '[role="alert"]')).toEqual([
      'Kolonnen «verdi» finnes ikke. Gyldige kolonner: year, area, value, indicator.',
    ]);
  });

  it('says so, naming the point, when its filter leaves a column open and a point gets two figures', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Every district has a row per sex (all, female, male): without sex=all each year is there three times.
    const open = mount({ src: '/test/fixtures/indicators-demo.parquet', filter: 'indicator=neet&age_group=15-29&area_level=district', 'series-column': 'area' });
    const root = await settled(open);
    expect(open.state).toBe('error');
    expect(texts(root, '[role="alert"]')[0]).toMatch(/^Dataene har mer enn ett tall for samme punkt \([^,]+, 20\d\d\): diagrammet trenger ett filter til/);
    expect(root.querySelector('.chart svg')).toBeNull();
    const closed = mount({ src: '/test/fixtures/indicators-demo.parquet', filter: 'indicator=neet&age_group=15-29&area_level=district&sex=all', 'series-column': 'area' });
    expect((await settled(closed)).querySelectorAll('.slt-trend-points > *').length).toBeGreaterThan(0);
  });

  it('shows a corrupt file as an error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = await settled(mount({ src: '/test/fixtures/truncated.parquet', lang: 'da' }));
    expect(texts(root, '[role="alert"]')).toEqual(['Datafilen kan ikke læses.']);
  });

  it('treats hostile attribute values as data: no injection, no markup', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const hostile = mount({ src: TREND, filter: "area=x' OR '1'='1", heading: '<img src=x onerror="window.__pwned=1">' });
    const root = await settled(hostile);
    expect(texts(root, '[part="message"]')).toEqual(['Ingen data for dette utvalget.']);
    expect(root.querySelector('img')).toBeNull();
    expect(texts(root, '[part="heading"]')).toEqual(['<img src=x onerror="window.__pwned=1">']);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();

    // A series name from `labels` is text too, in the legend, the text and the SVG.
    // Highlighted, it is drawn in bold as text as well (the legend, the line's end, the text).
    const labelled = await settled(
      mount({ src: TREND, filter: 'indicator=neet', 'series-column': 'area', unit: 'percent', labels: 'Oslo=<img src=x onerror="window.__pwned=2">', highlight: '<img src=x onerror="window.__pwned=2">' }, 700),
    );
    expect(texts(labelled, '.legend li.highlighted')).toEqual(['<img src=x onerror="window.__pwned=2">']);
    expect(texts(labelled, 'figcaption p')[0]).toMatch(/^<img src=x onerror="window.__pwned=2">: /);
    expect(labelled.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();

    const badColumn = mount({ src: TREND, 'series-column': 'area"; DROP TABLE x; --' });
    expect(texts(await settled(badColumn), '[role="alert"]')[0]).toMatch(/^Kolonnen «area"; DROP TABLE x; --» finnes ikke/);
  });

  it('keeps working beside a broken sibling', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = mount({ src: '/test/fixtures/html-page.parquet' });
    const working = mount({ src: TREND, filter: 'indicator=neet', 'series-column': 'area' });
    expect(texts(await settled(broken), '[role="alert"]')).toEqual(['Datafilen kan ikke leses.']);
    expect((await settled(working)).querySelectorAll('.slt-trend-points > *')).toHaveLength(21);
  });

  it('recovers when its attributes are corrected', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const element = mount({ src: TREND, filter: 'indicator=neet', 'series-column': 'area', 'value-column': 'verdi' });
    await settled(element);
    element.setAttribute('value-column', 'value');
    await vi.waitFor(() => expect(element.shadowRoot!.querySelectorAll('.slt-trend-points > *').length).toBe(21), {
      timeout: 30_000,
    });
  });
});
