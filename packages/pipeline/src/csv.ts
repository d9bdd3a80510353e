/**
 * A small CSV reader (RFC 4180: commas, double quotes, "" inside quotes, LF or CRLF) for the
 * source files. Every value stays text, so codes keep their leading zeros ("0220", "000").
 * A missing column or a short row is an error naming the file and the line.
 */
export class CsvError extends Error {}

export function parseCsv(text: string, file: string, required: readonly string[]): Record<string, string>[] {
  const records = splitRecords(text.replace(/^\uFEFF/, ''), file);
  const header = records.shift();
  if (!header) throw new CsvError(`${file}: empty file, expected a header row with ${required.join(', ')}`);
  const missing = required.filter((name) => !header.includes(name));
  if (missing.length > 0) throw new CsvError(`${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (the header has ${header.join(', ')})`);
  return records.map((record, index) => {
    if (record.length !== header.length) throw new CsvError(`${file}: line ${index + 2} has ${record.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((name, i) => [name, record[i]!]));
  });
}

function splitRecords(text: string, file: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        field += char;
      }
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      if (record.length > 1 || record[0] !== '') records.push(record);
      record = [];
      field = '';
      line += 1;
    } else field += char;
  }
  if (quoted) throw new CsvError(`${file}: line ${line}: a quoted field is not closed`);
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
