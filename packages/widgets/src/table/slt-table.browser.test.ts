// <slt-table> in real Chromium, over data/indicators.parquet, through the real engine.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Engine, sharedEngine } from '@slt/engine';
import { requestFilter } from '../filters/filter-scope.ts';
import { accessibilityViolations } from '../testing/a11y.ts';
import { mountWidget, texts } from '../testing/mount.ts';
import './slt-table.ts';
import type { SltTable } from './slt-table.ts';

const INDICATORS = '/test/fixtures/indicators-demo.parquet';
const NEET = 'indicator=neet&age_group=16-25&sex=all&area_level=district&year=2025';
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function mount(attributes: Record<string, string>, parent: HTMLElement = document.body, engine?: Engine): SltTable {
  return mountWidget<SltTable>('slt-table', { src: INDICATORS, ...attributes }, { width: 600, parent, ...(engine ? { engine } : {}) });
}

/** Waits for the table (or a message) to be shown. */
async function shown(element: SltTable): Promise<ShadowRoot> {
  await vi.waitFor(() => {
    if (element.shadowRoot?.querySelector('figure')?.getAttribute('aria-busy') !== 'false') throw new Error('loading');
  }, { timeout: 30_000, interval: 50 });
  return element.shadowRoot!;
}

const column = (root: ParentNode, index: number) => [...root.querySelectorAll(`tbody tr td:nth-child(${index})`)].map((cell) => plain(cell.textContent?.trim() ?? ''));

const neet = {
  filter: NEET,
  columns: 'area,value,numerator',
  labels: 'area=Bydel&value=Andel&numerator=Antall',
  units: 'value=percent&numerator=count',
  heading: 'NEET 16–25 år, 2025',
};

beforeEach(() => {
  document.documentElement.lang = 'nb';
});

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<slt-table>', () => {
  it('shows the query result: one row per district, the chosen columns and labels, a caption', async () => {
    const { rows } = await sharedEngine().select(INDICATORS, {
      columns: ['area', 'value'],
      filters: [
        { column: 'indicator', values: ['neet'] },
        { column: 'age_group', values: ['16-25'] },
        { column: 'sex', values: ['all'] },
        { column: 'area_level', values: ['district'] },
        { column: 'year', values: [2025] },
      ],
    });
    const root = await shown(mount(neet));
    expect(texts(root, 'thead th')).toEqual(['Bydel↕', 'Andel↕', 'Antall↕']);
    expect(texts(root, 'thead th button span:first-child')).toEqual(['Bydel', 'Andel', 'Antall']);
    expect(plain(texts(root, 'caption')[0]!)).toBe('NEET 16–25 år, 2025, 10 rader');
    expect(texts(root, '[part="heading"]')).toEqual(['NEET 16–25 år, 2025']);
    expect(column(root, 1)).toEqual(rows.map((row) => String(row['area'])).sort((a, b) => a.localeCompare(b, 'nb')));
    const borgen = rows.find((row) => row['area'] === 'Borgen')!;
    const index = column(root, 1).indexOf('Borgen');
    expect(column(root, 2)[index]).toBe(`${String(borgen['value']).replace('.', ',')} %`);
    expect(root.querySelectorAll('tbody td.number')).toHaveLength(20); // value and count right-aligned
    expect(getComputedStyle(root.querySelector('tbody td.number')!).textAlign).toBe('right');
  });

  it('says to scroll sideways when its columns are wider than its box (a phone), and not when they fit', async () => {
    const wide = { ...neet, columns: 'area,value,numerator,denominator,period', labels: 'area=Bydel&value=Andel&numerator=Utenfor&denominator=Innbyggere 16–25&period=Periode', units: 'value=percent&numerator=count&denominator=count' };
    const phone = mountWidget<SltTable>('slt-table', { src: INDICATORS, ...wide }, { width: 300 });
    const root = await shown(phone);
    const box = root.querySelector('.table-scroll')!;
    expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
    await vi.waitFor(() => expect(plain(texts(root, '.count')[0]!)).toBe('10 rader. Rull sidelengs for å se alle kolonnene.'));
    // Wider, it fits: the hint goes.
    phone.style.width = '900px';
    await vi.waitFor(() => expect(plain(texts(root, '.count')[0]!)).toBe('10 rader'));
    expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth + 1);
  });

  it('sorts by a column button: the row order changes, aria-sort says how, again turns it round', async () => {
    const root = await shown(mount(neet));
    const before = column(root, 1);
    const button = root.querySelectorAll<HTMLButtonElement>('thead th button')[1]!;
    await userEvent.click(button);
    await vi.waitFor(() => expect(root.querySelectorAll('thead th')[1]!.getAttribute('aria-sort')).toBe('ascending'));
    const ascending = column(root, 1);
    expect(ascending).not.toEqual(before);
    expect(ascending[0]).toBe('Vollen');
    expect(root.querySelectorAll('thead th[aria-sort]')).toHaveLength(1);
    expect(texts(root, '.sort-announcement[aria-live="polite"]')).toEqual(['Sortert etter Andel, stigende.']);
    await userEvent.click(button);
    await vi.waitFor(() => expect(root.querySelectorAll('thead th')[1]!.getAttribute('aria-sort')).toBe('descending'));
    expect(column(root, 1)).toEqual([...ascending].reverse());
  });

  it('is keyboard operable: Tab to a column button, Enter sorts', async () => {
    const root = await shown(mount({ ...neet, sort: 'value:descending' }));
    expect(column(root, 1)[0]).toBe('Borgen');
    await userEvent.tab(); // the scrollable region
    await userEvent.tab(); // the first column button
    expect(root.activeElement?.textContent?.trim()).toMatch(/^Bydel/);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(column(root, 1)[0]).toBe('Asker sentrum'));
  });

  it('downloads as CSV what the table shows: its columns, labels and order', async () => {
    const element = mount(neet);
    const root = await shown(element);
    await userEvent.click(root.querySelectorAll<HTMLButtonElement>('thead th button')[1]!);
    await vi.waitFor(() => expect(column(root, 1)[0]).toBe('Vollen'));
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    root.querySelector<HTMLButtonElement>('.downloads button')!.click();
    const lines = (await saved!.text()).replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe('Bydel;Andel;Antall');
    expect(lines.slice(1).map((line) => line.split(';')[0])).toEqual(column(root, 1));
    expect(lines[1]).toMatch(/^Vollen;6,6;\d+$/); // a decimal comma, as Norwegian spreadsheets read it
  });

  it('shows hidden cells as ":" with the explanation, never 0, and the note under the table', async () => {
    const root = await shown(mount({ filter: 'indicator=ungdata_bullied&area_level=district&year=2015&sex=female', columns: 'area,value', units: 'value=percent' }));
    const hidden = [...root.querySelectorAll('tbody tr')].filter((row) => row.querySelector('td.suppressed'));
    expect(hidden.map((row) => texts(row, 'td')[0])).toEqual(['Hvalstad', 'Vollen']);
    expect(texts(hidden[0]!, 'td.suppressed')).toEqual([': skjult for å beskytte personvernet: færre enn 5, eller ville avslørt et slikt tall']);
    expect(hidden[0]!.querySelector('abbr')!.getAttribute('title')).toBe('skjult for å beskytte personvernet: færre enn 5, eller ville avslørt et slikt tall');
    expect(texts(root, '.note')).toEqual(['«:» = skjult for å beskytte personvernet: færre enn 5 personer, eller et tall som ville avslørt et slikt.']);
    // Sorting by value keeps them last.
    await userEvent.click(root.querySelectorAll<HTMLButtonElement>('thead th button')[1]!);
    await vi.waitFor(() => expect(column(root, 2).slice(-2)).toEqual([':', ':'].map((text) => `${text} skjult for å beskytte personvernet: færre enn 5, eller ville avslørt et slikt tall`)));
  });

  it.each([
    ['en', '15.5%', '10 rows'],
    ['da', '15,5 %', '10 rækker'],
    ['nn', '15,5 %', '10 rader'],
  ])('speaks %s, numbers included', async (lang, value, count) => {
    const root = await shown(mount({ ...neet, sort: 'value:descending', lang }));
    expect(column(root, 2)[0]).toBe(value);
    expect(plain(texts(root, 'p.count')[0]!)).toBe(count);
  });

  it('follows a district chosen in a linked widget', async () => {
    const section = document.createElement('section');
    section.setAttribute('slt-scope', '');
    document.body.append(section);
    const root = await shown(mount(neet, section));
    requestFilter(section, 'area', ['Borgen']);
    await vi.waitFor(() => expect(column(root, 1)).toEqual(['Borgen']));
    requestFilter(section, 'area', null);
    await vi.waitFor(() => expect(column(root, 1)).toHaveLength(10));
  });

  it('on a phone, wraps long headers and lets the reader scroll to the last column', async () => {
    const element = mountWidget<SltTable>(
      'slt-table',
      {
        src: INDICATORS,
        filter: NEET,
        columns: 'area,value,numerator,denominator',
        labels: 'area=Bydel&value=Andel&numerator=Utenfor&denominator=Innbyggere 16–25',
        units: 'value=percent&numerator=count&denominator=count',
      },
      { width: 300 },
    );
    const root = await shown(element);
    const label = [...root.querySelectorAll('thead th button span:first-child')].at(-1) as HTMLElement;
    const lineHeight = parseFloat(getComputedStyle(label).lineHeight) || parseFloat(getComputedStyle(label).fontSize) * 1.2;
    expect(label.getBoundingClientRect().height, '"Innbyggere 16–25" breaks at its space').toBeGreaterThan(lineHeight * 1.5);
    // Whatever still does not fit scrolls inside the named region the keyboard can reach.
    const scroller = root.querySelector<HTMLElement>('.table-scroll')!;
    expect(scroller.getAttribute('tabindex')).toBe('0');
    expect(scroller.getAttribute('role')).toBe('region');
    expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(300);
    scroller.scrollLeft = scroller.scrollWidth;
    const last = [...root.querySelectorAll('thead th')].at(-1)!.getBoundingClientRect();
    expect(last.right).toBeLessThanOrEqual(scroller.getBoundingClientRect().right + 1);
  });

  it('shows all columns but status when none are chosen', async () => {
    const root = await shown(mount({ filter: `${NEET}` }));
    const headers = texts(root, 'thead th button span:first-child');
    expect(headers).toContain('area');
    expect(headers).not.toContain('status');
    expect(column(root, headers.indexOf('year') + 1)[0]).toBe('2025'); // a year, not "2 025"
  });

  it('has states: loading, empty, error, each without WCAG 2.1 A/AA violations', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // An engine that never answers: widgets query through engine.query (the data controller), so both stall.
    const stalled = new (class extends Engine {
      override select(): Promise<never> {
        return new Promise<never>(() => undefined);
      }
      override query(): Promise<never> {
        return new Promise<never>(() => undefined);
      }
    })();
    const loading = mount(neet, document.body, stalled);
    await vi.waitFor(() => expect(loading.shadowRoot?.querySelector('.skeleton')).not.toBeNull());
    expect(loading.shadowRoot!.querySelector('figure')!.getAttribute('aria-busy')).toBe('true');
    const table = await shown(mount(neet));
    const hidden = await shown(mount({ filter: 'indicator=ungdata_bullied&area_level=district&year=2015&sex=female', columns: 'area,value' }));
    const empty = await shown(mount({ filter: 'indicator=nothing' }));
    expect(texts(empty, '[role="status"]')).toEqual(['Ingen data for dette utvalget.']);
    const error = await shown(mount({ columns: 'omrade' }));
    expect(texts(error, '[role="alert"]')[0]).toMatch(/^Kolonnen «omrade» finnes ikke/);
    // A sort by a column the table does not show (a name mistyped) is said too: it left the rows in the file's order.
    const badSort = await shown(mount({ ...neet, sort: 'verdi:descending' }));
    expect(texts(badSort, '[role="alert"]')[0]).toMatch(/^Kolonnen «verdi» finnes ikke.*area, value, numerator/);
    expect(table.querySelectorAll('tbody tr')).toHaveLength(10);
    expect(hidden.querySelectorAll('td.suppressed')).toHaveLength(2);
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });
});
