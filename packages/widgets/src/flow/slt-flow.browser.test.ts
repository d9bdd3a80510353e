// <slt-flow> in real Chromium, over test/fixtures/zone-transitions-demo.parquet (frozen demo data), through the real DuckDB-WASM.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Engine, sharedEngine } from '@slt/engine';
import './slt-flow.ts';
import { requestFilter } from '../filters/filter-scope.ts';
import { accessibilityViolations } from '../testing/a11y.ts';
import { mountWidget, settled, texts } from '../testing/mount.ts';
import { normaliseSvg } from '../testing/svg-snapshot.ts';
import type { SltFlow } from './slt-flow.ts';

const TRANSITIONS = '/test/fixtures/zone-transitions-demo.parquet';
const FROM = ['new', 'green', 'yellow', 'orange', 'red', 'all'];
const TO = ['green', 'yellow', 'orange', 'red', 'closed', 'all'];

const mount = (attributes: Record<string, string>, width = 600, parent: HTMLElement = document.body, engine?: Engine) =>
  mountWidget<SltFlow>('slt-flow', { src: TRANSITIONS, heading: 'Bevegelser', ...attributes }, { width, parent, ...(engine ? { engine } : {}) });

/** One quarter's published matrix, read with a query of our own: from -> to -> text. */
async function published(period: string): Promise<Map<string, string>> {
  const { rows } = await sharedEngine().select(TRANSITIONS, {
    columns: ['from_zone', 'to_zone', 'persons'],
    filters: [{ column: 'period', values: [period] }],
  });
  return new Map(rows.map((row) => [`${String(row['from_zone'])}>${String(row['to_zone'])}`, row['persons'] === null ? ':' : String(row['persons'])]));
}

/** What each cell of the drawn matrix says. */
const drawn = (root: ShadowRoot) =>
  new Map(
    [...root.querySelectorAll('.slt-flow-cell')].map((cell) => [
      `${cell.getAttribute('data-from')}>${cell.getAttribute('data-to')}`,
      cell.querySelector('.slt-flow-value')!.textContent,
    ]),
  );

beforeEach(() => {
  document.documentElement.lang = 'nb';
});

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<slt-flow> over zone_transitions.parquet', () => {
  it('shows the latest quarter, the number in every cell as published, ":" where hidden', async () => {
    const root = await settled(mount({}));
    expect(texts(root, '.period')).toEqual(['4. kvartal 2025']);
    const expected = await published('2025K4');
    expect(expected.size).toBe(36);
    expect(drawn(root)).toEqual(expected);
    // Known figures (data/README.md query): 24 stayed green, 68 in all, and green -> orange is hidden.
    expect(drawn(root).get('green>green')).toBe('24');
    expect(drawn(root).get('all>all')).toBe('68');
    expect(root.querySelector('[data-from="green"][data-to="orange"]')!.classList.contains('hidden')).toBe(true);
    expect([...root.querySelectorAll('.slt-flow-cell')].map((cell) => `${cell.getAttribute('data-from')}>${cell.getAttribute('data-to')}`)).toEqual(
      FROM.flatMap((from) => TO.map((to) => `${from}>${to}`)),
    );
  });

  it('shades the largest flow darkest, with a text colour that keeps contrast', async () => {
    const root = await settled(mount({}));
    const largest = root.querySelector('[data-from="green"][data-to="green"] rect')!;
    expect(largest.getAttribute('fill')).toBe('#1d5b96');
    expect(root.querySelector('[data-from="green"][data-to="green"] text')!.getAttribute('fill')).toBe('#ffffff');
    expect(root.querySelector('[data-from="new"][data-to="green"] rect')!.getAttribute('fill')).toBe('none');
  });

  it('shows the quarter asked for', async () => {
    const root = await settled(mount({ period: '2019K1' }));
    expect(texts(root, '.period')).toEqual(['1. kvartal 2019']);
    expect(drawn(root)).toEqual(await published('2019K1'));
  });

  it('writes the text alternative from the data', async () => {
    const root = await settled(mount({}));
    expect(texts(root, 'figcaption p').slice(0, 4)).toEqual([
      '4. kvartal 2025: 68 unge i alt.',
      'Ved utgangen av kvartalet: 29 i grønn sone, 9 i gul, et skjult antall i oransje, et skjult antall i rød og 19 avsluttet.',
      'Ingen nye.',
      'Fra grønn sone (et skjult antall): 24 til grønn, 0 til gul, et skjult antall til oransje, 0 til rød og et skjult antall avsluttet.',
    ]);
    expect(texts(root, 'figcaption p').at(-1)).toBe('«:» = skjult for å beskytte personvernet: færre enn 5 personer, eller et tall som ville avslørt et slikt.');
  });

  it('is a real table too: rows from, columns to, hidden cells explained', async () => {
    const root = await settled(mount({}));
    expect(texts(root, 'thead th')).toEqual(['Fra \\ Til', 'Grønn', 'Gul', 'Oransje', 'Rød', 'Avsluttet', 'I alt']);
    const green = [...root.querySelectorAll('tbody tr')][1]!;
    expect(texts(green, 'td').map((cell) => cell.split(' ')[0])).toEqual(['Grønn', '24', '0', ':', '0', ':', ':']);
    expect(green.querySelectorAll('td.suppressed abbr')).toHaveLength(3);
  });

  it('speaks the reader\'s language', async () => {
    const section = document.createElement('section');
    document.body.append(section);
    const cases = [
      ['nn', '4. kvartal 2025', 'Ved utgangen av kvartalet: 29 i grøn sone, 9 i gul, eit skjult tal i oransje, eit skjult tal i raud og 19 avslutta.'],
      ['da', '4. kvartal 2025', 'Ved udgangen af kvartalet: 29 i grøn zone, 9 i gul, et skjult antal i orange, et skjult antal i rød og 19 afsluttet.'],
      ['en', 'Q4 2025', 'At the end of the quarter: 29 in the green zone, 9 in yellow, a hidden number in orange, a hidden number in red and 19 closed.'],
    ] as const;
    for (const [lang, period, sentence] of cases) {
      const root = await settled(mount({ lang }, 600, section));
      expect(texts(root, '.period')).toEqual([period]);
      expect(texts(root, 'figcaption p')[1]).toBe(sentence);
    }
  });

  it('draws the same SVG as its golden snapshots, wide and on a phone', async () => {
    const wide = await settled(mount({}, 900));
    await expect(normaliseSvg(wide.querySelector('.chart svg')!)).toMatchFileSnapshot('./__snapshots__/slt-flow.2025K4.svg.txt');
    const narrow = await settled(mount({}, 300));
    await expect(normaliseSvg(narrow.querySelector('.chart svg')!)).toMatchFileSnapshot('./__snapshots__/slt-flow.2025K4-narrow.svg.txt');
    // On a phone the column labels turn and the box grows to the matrix: nothing overflows.
    const svg = narrow.querySelector('.chart svg')!;
    expect(svg.getBoundingClientRect().width).toBeLessThanOrEqual(300);
    expect(narrow.querySelector<HTMLElement>('.chart')!.getBoundingClientRect().height).toBe(svg.getBoundingClientRect().height);
  });

  it('can be read with the keyboard: tab in, arrows step through the cells', async () => {
    const before = document.createElement('button');
    before.textContent = 'før';
    document.body.append(before);
    const root = await settled(mount({}));
    before.focus();
    await userEvent.tab();
    const readout = root.querySelector('[aria-live="polite"]')!;
    await vi.waitFor(() => expect(readout.textContent).toBe('Ny → I alt: 0'));
    await userEvent.keyboard('{ArrowDown}{Home}');
    await vi.waitFor(() => expect(readout.textContent).toBe('Grønn → Grønn: 24'));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await vi.waitFor(() => expect(readout.textContent).toBe('Grønn → Oransje: : (skjult for å beskytte personvernet: færre enn 5, eller ville avslørt et slikt tall)'));
    expect(root.querySelector('.slt-focus-ring')).not.toBeNull();
  });

  it('follows a year chosen in a linked widget (the latest quarter of that year), unless the period is fixed', async () => {
    const section = document.createElement('section');
    section.setAttribute('slt-scope', '');
    document.body.append(section);
    const following = mount({}, 600, section);
    const fixed = mount({ period: '2025K2' }, 600, section);
    await Promise.all([settled(following), settled(fixed)]);
    requestFilter(section, 'year', ['2021']);
    await vi.waitFor(() => expect(texts(following.shadowRoot!, '.period')).toEqual(['4. kvartal 2021']));
    expect(drawn(following.shadowRoot!)).toEqual(await published('2021K4'));
    expect(texts(fixed.shadowRoot!, '.period')).toEqual(['2. kvartal 2025']);
  });
});

describe('<slt-flow> states', () => {
  it('holds the chart height while loading', async () => {
    const stalled = new Engine();
    stalled.select = () => new Promise(() => undefined);
    const element = mount({}, 600, document.body, stalled);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector<HTMLElement>('.chart.skeleton')!.getBoundingClientRect().height).toBe(260);
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });

  it('says so when no quarter matches', async () => {
    const root = await settled(mount({ period: '1999K1' }));
    expect(texts(root, '[part="message"]')).toEqual(['Ingen data for dette utvalget.']);
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });

  it('shows errors in the reader\'s language', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const missing = await settled(mount({ src: '/data/nothing.parquet', lang: 'da' }));
    expect(texts(missing, '[role="alert"]')).toEqual(['Datafilen blev ikke fundet.']);
    const bad = await settled(mount({ period: '2025-Q4' }));
    expect(texts(bad, '[role="alert"]')).toEqual(['Ugyldig verdi for «period».']);
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });

  it('has no WCAG 2.1 A/AA violation, drawn with hidden cells and the table open', async () => {
    const element = mount({});
    const narrow = mount({ lang: 'en' }, 300);
    await Promise.all([settled(element), settled(narrow)]);
    element.shadowRoot!.querySelector('details')!.open = true;
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });
});

describe('<slt-flow> over the current release, where every movement is withheld', () => {
  it('says so in one sentence for the quarter, draws no grid of ":" and reports the empty state', async () => {
    const element = mount({ src: '/data/zone_transitions.parquet' });
    const root = await settled(element);
    // The release hides every count of the file (status ':'): checked with a query of our own.
    const { rows } = await sharedEngine().select('/data/zone_transitions.parquet', { columns: ['persons'] });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row['persons'] === null)).toBe(true);
    expect(texts(root, 'p.message[role="status"]')).toEqual(['4. kvartal 2025: alle tallene her er skjult for å beskytte personvernet: færre enn 5 personer, eller tall som ville avslørt slike.']);
    expect(root.querySelector('.slt-flow-cell, svg')).toBeNull();
    expect(element.getAttribute('state')).toBe('empty');
    const english = await settled(mount({ src: '/data/zone_transitions.parquet', lang: 'en' }));
    expect(texts(english, 'p.message[role="status"]')).toEqual(['Q4 2025: every figure here is hidden to protect privacy: fewer than 5 people, or figures that would reveal such counts.']);
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });
});
