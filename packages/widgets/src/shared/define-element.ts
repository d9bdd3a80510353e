/**
 * Registers custom elements safely, wherever the module is imported:
 * - in Node (server rendering, a test runner) there is no `customElements`: nothing happens;
 * - when the name is already taken (a second copy of the bundle on the page, two teams
 *   embedding; or an npm build next to the script tag) the first definition stays and this
 *   one is skipped, with one `console.info` per page at most. Both copies' tags draw, with
 *   the first copy's classes.
 */

/** Page-wide across copies of this module, so the note is logged once, not once per copy. */
const NOTED = Symbol.for('slt.widgets.define-noted');

export function defineElement(name: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (registry === undefined) return;
  const existing = registry.get(name);
  if (existing === undefined) {
    registry.define(name, element);
    return;
  }
  if (existing === element) return;
  const page = globalThis as { [NOTED]?: boolean };
  if (page[NOTED]) return;
  page[NOTED] = true;
  console.info(
    `SLT widgets: <${name}> is already defined (the widgets are loaded twice on this page); ` +
      'the first definition is kept.',
  );
}

/**
 * Class decorator, used like Lit's `@customElement('slt-trend')` (and named the same so the
 * custom-elements manifest analyzer recognises the tag), but safe in Node and when defined twice.
 */
export function customElement(name: string) {
  return (element: CustomElementConstructor): void => defineElement(name, element);
}
