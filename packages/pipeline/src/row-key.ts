/**
 * How the release check names a row: its key columns' `name=value` pairs joined by spaces,
 * e.g. `period=2024 year=2024 zone=red district_group=all`. Written when a release is read
 * (release-check.ts) or written (hidden-before.ts), and read back into fields when its sums
 * are followed (release-revisions.ts).
 */

/**
 * The key columns of a file: its text and whole-number columns other than the counts, the
 * status and display names (`*_name`: a renamed district group is the same row).
 */
export const keyColumns = (columns: ReadonlyArray<{ readonly name: string; readonly type: string }>, counts: readonly string[]): string[] =>
  columns
    .filter((column) => ['VARCHAR', 'INTEGER', 'BIGINT'].includes(column.type))
    .map((column) => column.name)
    .filter((name) => !counts.includes(name) && name !== 'status' && !name.endsWith('_name'));

/** A row's key; `where` names the file when a value cannot be held (a space or `=`). */
export function rowKey(keys: readonly string[], row: Readonly<Record<string, unknown>>, where: string): string {
  return keys
    .map((name) => {
      const value = String(row[name]);
      if (/[ =]/.test(value)) throw new Error(`${where}: ${name} '${value}' has a space or '=', which a row key of the release check cannot hold`);
      return `${name}=${value}`;
    })
    .join(' ');
}

/** A row key as its fields, in order. */
export const rowFields = (key: string): Array<[string, string]> =>
  key.split(' ').map((pair) => {
    const at = pair.indexOf('=');
    return [pair.slice(0, at), pair.slice(at + 1)];
  });

/** Fields back into a row key. */
export const keyOfFields = (fields: ReadonlyArray<readonly [string, string]>): string => fields.map(([name, value]) => `${name}=${value}`).join(' ');
