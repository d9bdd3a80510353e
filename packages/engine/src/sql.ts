/**
 * Quotes an identifier for DuckDB. Column names are also checked against the schema
 * before they get here; quoting makes any name, even a strange one, only a name.
 * The SQL itself is written by model/compile.ts.
 */
export function quoteIdentifier(name: string): string {
  if (name.includes('\0')) throw new Error('An identifier cannot contain a NUL character');
  return `"${name.replaceAll('"', '""')}"`;
}
