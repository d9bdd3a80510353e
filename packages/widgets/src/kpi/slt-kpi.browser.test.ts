// <slt-kpi> in real Chromium, over the real indicators.parquet, through the real engine.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Engine, sharedEngine } from '@slt/engine';
import { requestFilter } from '../filters/filter-scope.ts';
import { accessibilityViolations } from '../testing/a11y.ts';
import { countingEngine } from '../testing/counting-engine.ts';
import { mountWidget, settled, texts } from '../testing/mount.ts';
import './slt-kpi.ts';
import type { SltKpi } from './slt-kpi.ts';

const INDICATORS = '/test/fixtures/indicators-demo.parquet';
const NEET = 'indicator=neet&age_group=16-25&sex=all';
const NBSP = '\u00a0';
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const asker = {
  src: INDICATORS,
  filter: `${NEET}&area=Asker`,
  reference: 'area=Norge',
  unit: 'percent',
  heading: 'Utenfor arbeid og utdanning',
  label: 'av 16–25-åringene er utenfor arbeid og utdanning',
};
/** Ungdata 2014–2016: Vollen's girls are hidden (a count below k), and so are the 2013–2015 ones. */
const hidden = {
  src: INDICATORS,
  filter: 'indicator=ungdata_bullied&age_group=13-15&sex=female&area=Vollen',
  'time-column': 'period',
  period: '2014-2016',
  reference: 'area=Asker',
  unit: 'percent',
  label: 'av jentene i 8.–10. trinn blir mobbet',
};

const sheet = (text: string) => {
  const style = new CSSStyleSheet();
  style.replaceSync(text);
  return style;
};

const mount = (attributes: Record<string, string>, parent: HTMLElement = document.body, width = 400) =>
  mountWidget<SltKpi>('slt-kpi', attributes, { parent, width });

/** The figure as the engine gives it, queried here on its own, not through the widget. */
async function figure(filter: Record<string, string | number>): Promise<number | null> {
  const { rows } = await sharedEngine().select(INDICATORS, {
    columns: ['value'],
    filters: Object.entries(filter).map(([column, value]) => ({ column, values: [value] })),
  });
  expect(rows).toHaveLength(1);
  return rows[0]!['value'] as number | null;
}
const neet = (area: string, year: number) => figure({ indicator: 'neet', age_group: '16-25', sex: 'all', area, year });

beforeEach(() => {
  document.documentElement.lang = 'nb';
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<slt-kpi> over indicators.parquet', () => {
  it('shows the latest figure, the change since the year before and the comparison, as the data say', async () => {
    const root = await settled(mount(asker));
    const [now, before, norway] = await Promise.all([neet('Asker', 2025), neet('Asker', 2024), neet('Norge', 2025)]);
    expect([now, before, norway]).toEqual([10.3, 10, 8.8]); // the committed data
    expect(texts(root, '.kpi-number')).toEqual([`10,3${NBSP}%`]);
    expect(texts(root, '.kpi-where')).toEqual(['Asker, 2025']);
    expect(texts(root, '.kpi-change').join(' ')).toBe(`↑ opp 0,3${NBSP}prosentpoeng fra 2024`);
    expect(texts(root, '.kpi-comparison').join(' ')).toBe(`1,5${NBSP}prosentpoeng over Norge (8,8${NBSP}%)`);
    expect(texts(root, 'figcaption p')).toEqual([
      `Asker, 2025: 10,3${NBSP}% av 16–25-åringene er utenfor arbeid og utdanning.`,
      `Opp 0,3${NBSP}prosentpoeng fra 2024.`,
      `1,5${NBSP}prosentpoeng over Norge (8,8${NBSP}%).`,
    ]);
    // Real text on the page (it reflows and zooms); no SVG text with estimated widths.
    expect(root.querySelector('.chart svg')).toBeNull();
    expect(root.querySelector('.chart .kpi-card')).not.toBeNull();
    const rows = [...root.querySelectorAll('details tbody tr')].map((row) => texts(row, 'td').join(' | '));
    expect(rows).toEqual([`Asker | 2025 | 10,3${NBSP}%`, `Asker | 2024 | 10,0${NBSP}%`, `Norge | 2025 | 8,8${NBSP}%`]);
    expect(texts(root, '[part="demo-marker"]')).toEqual(['Demodata – tallene er syntetiske']);
  });

  it('with the counts, calls a change within chance no clear change: SSB\'s Asker 15-29, 10,2 % in 2023 and 10,3 % in 2024', async () => {
    const real = { ...asker, src: '/data/indicators.parquet', filter: 'indicator=neet&age_group=15-29&sex=all&area=Asker', period: '2024' };
    const plainCard = await settled(mount(real));
    expect(texts(plainCard, '.kpi-change').join(' ')).toBe(`↑ opp 0,1${NBSP}prosentpoeng fra 2023`);
    const tested = await settled(mount({ ...real, 'numerator-column': 'numerator', 'denominator-column': 'denominator' }));
    expect(texts(tested, '.kpi-change').join(' ')).toBe(`→ ingen klar endring fra 2023 (opp 0,1${NBSP}prosentpoeng, innenfor tilfeldig variasjon)`);
    expect(texts(tested, 'figcaption p')[1]).toBe(`Ingen klar endring fra 2023 (opp 0,1${NBSP}prosentpoeng, innenfor tilfeldig variasjon).`);
    const wrong = await settled(mount({ ...real, 'numerator-column': 'teller', 'denominator-column': 'denominator' }));
    expect(texts(wrong, '[role="alert"]')[0]).toMatch(/^Kolonnen «teller» finnes ikke/);
  });

  it('names the reference in its sentence as `reference-label` says, without querying again; the table keeps the name in the data', async () => {
    const { engine, queries } = countingEngine();
    const element = mountWidget<SltKpi>('slt-kpi', asker, { engine });
    const root = await settled(element);
    const asked = queries();
    expect(asked).toBeGreaterThan(0);
    element.setAttribute('reference-label', 'landet');
    await vi.waitFor(() => expect(texts(root, '.kpi-comparison').join(' ')).toBe(`1,5${NBSP}prosentpoeng over landet (8,8${NBSP}%)`));
    expect(texts(root, 'figcaption p').at(-1)).toBe(`1,5${NBSP}prosentpoeng over landet (8,8${NBSP}%).`);
    expect([...root.querySelectorAll('details tbody tr')].map((row) => texts(row, 'td')[0])).toContain('Norge');
    expect(queries()).toBe(asked);
  });

  it('is marked as demo data only when a figure on it is synthetic, row by row (the committed file mixes SSB figures with synthetic ones)', async () => {
    // NEET 15-29 for Asker and Norway: SSB table 13556, published = true on every row.
    const real = await settled(mount({ ...asker, src: '/data/indicators.parquet', filter: 'indicator=neet&age_group=15-29&sex=all&area=Asker' }));
    expect(texts(real, '[part="demo-marker"]')).toEqual([]);
    // The rows credit SSB in English; the footer names it in the reader's language (slt.row_sources).
    expect(texts(real, '[part="footer"]').join(' ')).toContain('Kilde: Statistisk sentralbyrå (SSB), tabell 13556, CC BY 4.0.');
    expect(texts(real, '[part="footer"]').join(' ')).not.toContain('Statistics Norway');
    real.host.setAttribute('lang', 'en');
    await expect.poll(() => texts(real, '[part="footer"]').join(' ')).toContain('Source: Statistics Norway (SSB), table 13556, CC BY 4.0.');
    // NEET 16-25 for Asker: synthetic districts adding up to the public figures.
    const synthetic = await settled(mount({ ...asker, src: '/data/indicators.parquet' }));
    expect(texts(synthetic, '[part="demo-marker"]')).toEqual(['Demodata – tallene er syntetiske']);
    expect(texts(synthetic, '[part="footer"]').join(' ')).not.toContain('table 13556');
  });

  it('shows a chosen period', async () => {
    const root = await settled(mount({ ...asker, period: '2020' }));
    expect(await neet('Asker', 2020)).toBe(11); // the planning document's "11 %"
    expect(texts(root, '.kpi-number')).toEqual([`11,0${NBSP}%`]);
    expect(texts(root, '.kpi-where')).toEqual(['Asker, 2020']);
  });

  it.each([
    ['nn', ['Asker, 2025: 10,3 %.', 'Opp 0,3 prosentpoeng frå 2024.', '1,5 prosentpoeng over Norge (8,8 %).'], 'Vis tala som tabell'],
    ['da', ['Asker, 2025: 10,3 %.', 'Op 0,3 procentpoint fra 2024.', '1,5 procentpoint over Norge (8,8 %).'], 'Vis tallene som tabel'],
    ['en', ['Asker, 2025: 10.3%.', 'Up 0.3 percentage points from 2024.', '1.5 percentage points above Norge (8.8%).'], 'Show the figures as a table'],
  ])('speaks and formats %s', async (lang, sentences, showTable) => {
    const root = await settled(mount({ ...asker, label: '', lang }));
    expect(texts(root, 'figcaption p').map(plain)).toEqual(sentences);
    expect(texts(root, 'details[part="table"] > summary')).toEqual([showTable]);
  });

  it('shows a hidden figure as ":" with the explanation, never as 0', async () => {
    expect(await figure({ indicator: 'ungdata_bullied', age_group: '13-15', sex: 'female', area: 'Vollen', period: '2014-2016' })).toBeNull();
    const root = await settled(mount(hidden));
    expect(texts(root, '.kpi-number')).toEqual([':']);
    expect(root.querySelector('.kpi-change')).toBeNull(); // no change from a hidden figure
    expect(root.querySelector('.kpi-comparison')).toBeNull();
    expect(texts(root, 'figcaption p')).toEqual([
      'Vollen, 2014–2016: tallet er skjult (:).',
      '«:» = skjult for å beskytte personvernet: færre enn 5 personer, eller et tall som ville avslørt et slikt.',
    ]);
    expect(getComputedStyle(root.querySelector('figcaption .note')!).position).not.toBe('absolute'); // the note is seen
    const cells = [...root.querySelectorAll('details tbody td.suppressed')].map((cell) => cell.textContent?.trim());
    expect(cells).toEqual(['skjult for å beskytte personvernet: færre enn 5, eller ville avslørt et slikt tall', 'skjult for å beskytte personvernet: færre enn 5, eller ville avslørt et slikt tall'].map((text) => `: ${text}`));
  });

  it('says why the change cannot be shown when the year before is hidden', async () => {
    const root = await settled(mount({ ...hidden, period: '2015-2017' }));
    expect(texts(root, '.kpi-change').join(' ')).toBe('tallet for 2014–2016 er skjult (:), så endringen vises ikke');
    expect(texts(root, 'figcaption p.note')).toEqual(['«:» = skjult for å beskytte personvernet: færre enn 5 personer, eller et tall som ville avslørt et slikt.']);
  });

  it('still saves the card as SVG (and PNG) for a report', async () => {
    const element = mount(asker);
    await settled(element);
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (saved.push(blob as Blob), 'blob:kpi'));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    element.downloadSvg();
    expect(saved).toHaveLength(1);
    const svg = new DOMParser().parseFromString(await saved[0]!.text(), 'image/svg+xml');
    expect(texts(svg, '.slt-kpi-figure text')).toEqual([`10,3${NBSP}%`]);
    expect(texts(svg, '.slt-kpi-where text')).toEqual(['Asker, 2025']);
  });

  // WCAG 1.4.4 and 1.4.12: at 200 % text size and with the text-spacing bookmarklet's
  // values, the card's boxes still hold their text (no overflow, nothing cut off).
  it.each([280, 320, 1200])('holds its text at %i px, at double text size and with WCAG text spacing', async (width) => {
    const spacing = document.createElement('style');
    spacing.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
    document.head.append(spacing);
    try {
      const element = mount({ ...asker, filter: 'indicator=child_welfare_per_1000&age_group=0-22&sex=all&area=Asker', unit: 'per_1000', label: 'barn og unge 0–22 år har barnevernstiltak' }, document.body, width);
      element.style.setProperty('--slt-font-size', '200%');
      const root = await settled(element);
      element.shadowRoot!.adoptedStyleSheets = [...element.shadowRoot!.adoptedStyleSheets, sheet(spacing.textContent)];
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(plain(texts(root, '.kpi-number')[0]!)).toMatch(/per 1 000$/);
      const figure = root.querySelector('figure')!;
      const wider = [...root.querySelectorAll<HTMLElement>('figure *')].filter((node) => !node.closest('.table-scroll')).filter((node) => node.getBoundingClientRect().right > figure.getBoundingClientRect().right + 0.5);
      expect(wider.map((node) => `${node.localName}.${node.className}`)).toEqual([]);
      expect(figure.scrollWidth).toBeLessThanOrEqual(width);
      for (const box of root.querySelectorAll<HTMLElement>('.chart, .kpi-card, .kpi-card p, .kpi-card span')) {
        expect(box.scrollWidth, box.className).toBeLessThanOrEqual(box.clientWidth || box.getBoundingClientRect().width + 1);
        expect(box.scrollHeight, box.className).toBeLessThanOrEqual(Math.ceil(box.getBoundingClientRect().height) + 1);
        const outer = box.getBoundingClientRect();
        const frame = figure.getBoundingClientRect();
        expect(outer.right, box.className).toBeLessThanOrEqual(frame.right + 0.5);
      }
    } finally {
      spacing.remove();
    }
  });

  it('can be read with the keyboard: the figure, the year before, the reference', async () => {
    const root = await settled(mount(asker));
    const chart = root.querySelector<HTMLElement>('.chart')!;
    chart.focus();
    const readout = root.querySelector('[aria-live="polite"]')!;
    await vi.waitFor(() => expect(readout.textContent).toBe(`Asker, 2025: 10,3${NBSP}%`));
    expect(texts(root, '.kpi-card .focused .kpi-number')).toEqual([`10,3${NBSP}%`]);
    await userEvent.keyboard('{ArrowLeft}');
    await vi.waitFor(() => expect(readout.textContent).toBe(`Asker, 2024: 10,0${NBSP}%`));
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    await vi.waitFor(() => expect(readout.textContent).toBe(`Norge, 2025: 8,8${NBSP}%`));
  });

  it('has one actions menu, opened and walked by keyboard (menu button pattern)', async () => {
    const root = await settled(mount(asker));
    const button = root.querySelector<HTMLButtonElement>('.menu-button')!;
    const list = root.querySelector<HTMLElement>('[role="menu"]')!;
    expect(root.querySelectorAll('footer .actions button:not([role="menuitem"])')).toHaveLength(1); // the quiet chrome: one button
    expect(list.hidden).toBe(true);
    button.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const focused = () => root.activeElement?.textContent?.trim();
    expect(focused()).toBe('Data (CSV)');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(focused()).toBe('Bilde (PNG)');
    await userEvent.keyboard('{End}');
    expect(focused()).toBe('Kopier innbyggingskode');
    await userEvent.keyboard('{ArrowDown}');
    expect(focused()).toBe('Data (CSV)');
    await userEvent.keyboard('{Escape}');
    expect(list.hidden).toBe(true);
    expect(root.activeElement).toBe(button);
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{End}{Enter}');
    expect(root.querySelector<HTMLElement>('#embed')!.hidden).toBe(false);
    expect(list.hidden).toBe(true);
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });

  it('reads a hidden figure out as ":" with the explanation', async () => {
    const root = await settled(mount(hidden));
    root.querySelector<HTMLElement>('.chart')!.focus();
    await vi.waitFor(() =>
      expect(root.querySelector('[aria-live="polite"]')!.textContent).toBe('Vollen, 2014–2016: : (skjult for å beskytte personvernet: færre enn 5, eller ville avslørt et slikt tall)'),
    );
  });

  it('switches to a district chosen in a linked widget, and to a chosen year', async () => {
    const section = document.createElement('section');
    section.setAttribute('slt-scope', '');
    document.body.append(section);
    const element = mount(asker, section);
    await settled(element);
    const borgen = await neet('Borgen', 2025);
    requestFilter(section, 'area', ['Borgen']);
    await vi.waitFor(() => expect(texts(element.shadowRoot!, '.kpi-where')).toEqual(['Borgen, 2025']));
    expect(plain(texts(element.shadowRoot!, '.kpi-number')[0]!)).toBe(`${String(borgen).replace('.', ',')} %`);
    expect(texts(element.shadowRoot!, '.kpi-comparison').join(' ')).toMatch(/over Norge \(8,8\u00a0%\)$/);
    requestFilter(section, 'year', ['2022']);
    await vi.waitFor(() => expect(texts(element.shadowRoot!, '.kpi-where')).toEqual(['Borgen, 2022']));
    expect(texts(element.shadowRoot!, '.kpi-change').join(' ')).toMatch(/fra 2021$/);
    for (const area of ['Vollen', 'Hvalstad', 'Tofte']) requestFilter(section, 'area', [area]);
    await vi.waitFor(() => expect(texts(element.shadowRoot!, '.kpi-where')).toEqual(['Tofte, 2022']));
    await settled(element);
    expect(texts(element.shadowRoot!, '.kpi-where')).toEqual(['Tofte, 2022']);
  });
});

describe('<slt-kpi> states', () => {
  it('holds its place while loading', async () => {
    const stalled = new Engine();
    stalled.select = () => new Promise(() => undefined);
    const element = mountWidget<SltKpi>('slt-kpi', asker, { engine: stalled });
    await element.updateComplete;
    await vi.waitFor(() => expect(element.shadowRoot!.querySelector('.chart.skeleton')).not.toBeNull());
    expect(element.shadowRoot!.querySelector<HTMLElement>('.chart.skeleton')!.getBoundingClientRect().height).toBe(170);
    expect(element.shadowRoot!.querySelector('figure')!.getAttribute('aria-busy')).toBe('true');
  });

  it('says so when the selection has no rows', async () => {
    const root = await settled(mount({ ...asker, filter: `${NEET}&area=Atlantis` }));
    expect(texts(root, '[part="message"]')).toEqual(['Ingen data for dette utvalget.']);
  });

  it('shows a missing file and a filter that leaves several rows a period as errors', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const missing = mount({ ...asker, src: '/data/no-such-file.parquet', lang: 'en' });
    const several = mount({ ...asker, filter: 'indicator=neet&area=Asker' });
    expect(texts(await settled(missing), '[role="alert"]')).toEqual(['The data file was not found.']);
    expect(texts(await settled(several), '[role="alert"]')[0]).toMatch(/^Dataene har mer enn ett tall for samme punkt \(Asker, 20\d\d\): diagrammet trenger ett filter til/);
  });

  it('has no WCAG 2.1 A/AA violation (axe-core) drawn, hidden, empty or broken', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const all = [mount(asker), mount(hidden), mount({ ...asker, filter: `${NEET}&area=Atlantis` }), mount({ ...asker, src: '/data/nope.parquet' })];
    await Promise.all(all.map((element) => settled(element)));
    all[0]!.shadowRoot!.querySelector('details')!.open = true;
    all[1]!.shadowRoot!.querySelector('details')!.open = true;
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });
});
