import { describe, expect, it } from 'vitest';
import { cell, toCsv, type DataTable } from './data-table.ts';

describe('toCsv', () => {
  const table: DataTable = {
    columns: [{ label: 'År' }, { label: 'Område' }, { label: 'Verdi', numeric: true }],
    rows: [
      [cell('2024', 2024), cell('Bærum; vest'), cell('11,4 %', 11.4)],
      [cell('2025', 2025), cell('Borgen "sentrum"'), { text: ':', raw: null, suppressed: true }],
      [cell('2025', 2025), cell('=HYPERLINK("x")'), cell('mangler', null)],
    ],
  };

  it('writes semicolon CSV with a BOM, decimal commas (nb, nn, da), ":" for hidden and quotes where needed', () => {
    const csv = '\ufeffÅr;Område;Verdi\r\n' + '2024;"Bærum; vest";11,4\r\n' + '2025;"Borgen ""sentrum""";:\r\n' + '2025;"=HYPERLINK(""x"")";\r\n';
    expect(toCsv(table, 'nb')).toBe(csv);
    expect(toCsv(table, 'nn')).toBe(csv);
    expect(toCsv(table, 'da')).toBe(csv);
  });

  it('writes comma CSV with decimal points in English; negative numbers stay numbers', () => {
    const withNegative: DataTable = { ...table, rows: [...table.rows, [cell('2026', 2026), cell('Tofte, nord'), cell('−0.5', -0.5)]] };
    expect(toCsv(withNegative, 'en')).toBe(
      '\ufeffÅr,Område,Verdi\r\n' +
        '2024,Bærum; vest,11.4\r\n' +
        '2025,"Borgen ""sentrum""",:\r\n' +
        '2025,"=HYPERLINK(""x"")",\r\n' +
        '2026,"Tofte, nord",-0.5\r\n',
    );
  });
});
