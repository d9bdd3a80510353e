/** What the query model holds: a public file, the columns to show, equality filters. */
export interface ModelQuery {
  readonly file: string;
  readonly columns: readonly string[];
  readonly filter: string;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The embed code that shows the same figures on a page: `<slt-table>` over the same file,
 * columns and filter. The table runs the same select() with the same disclosure step, so
 * it hides exactly what the console hid.
 */
export function elementSnippet(query: ModelQuery, bundle = '/slt/slt-widgets.js', data = '/data/'): string {
  const attributes = [`src="${escapeAttribute(data + query.file)}"`];
  if (query.columns.length > 0) attributes.push(`columns="${escapeAttribute(query.columns.join(','))}"`);
  if (query.filter.trim() !== '') attributes.push(`filter="${escapeAttribute(query.filter.trim())}"`);
  return `<script type="module" src="${escapeAttribute(bundle)}"></script>\n<slt-table ${attributes.join(' ')}></slt-table>`;
}
