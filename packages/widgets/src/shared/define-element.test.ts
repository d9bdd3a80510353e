import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineElement } from './define-element.ts';

/** A minimal CustomElementRegistry that throws like the browser's on a second definition. */
function fakeRegistry() {
  const defined = new Map<string, CustomElementConstructor>();
  return {
    get: (name: string) => defined.get(name),
    define: (name: string, element: CustomElementConstructor) => {
      if (defined.has(name)) throw new DOMException(`the name "${name}" has already been used`, 'NotSupportedError');
      defined.set(name, element);
    },
  };
}

const page = globalThis as { customElements?: unknown; [key: symbol]: unknown };
const element = (): CustomElementConstructor => class {} as unknown as CustomElementConstructor;

describe('defineElement', () => {
  afterEach(() => {
    delete page.customElements;
    delete page[Symbol.for('slt.widgets.define-noted')];
    vi.restoreAllMocks();
  });

  it('does nothing where there is no customElements (Node, server rendering)', () => {
    delete page.customElements;
    expect(() => defineElement('slt-trend', element())).not.toThrow();
  });

  it('defines an element once; a second copy is skipped with one note for the whole page', () => {
    const registry = fakeRegistry();
    page.customElements = registry;
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const first = element();
    defineElement('slt-trend', first);
    defineElement('slt-bars', element());
    // A second copy of the bundle: other classes, same names.
    expect(() => defineElement('slt-trend', element())).not.toThrow();
    expect(() => defineElement('slt-bars', element())).not.toThrow();
    expect(registry.get('slt-trend')).toBe(first);
    expect(info).toHaveBeenCalledTimes(1);
    expect(info.mock.calls[0]![0]).toContain('<slt-trend> is already defined');
  });

  it('the same class defined again (a module imported twice) is silent', () => {
    page.customElements = fakeRegistry();
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const trend = element();
    defineElement('slt-trend', trend);
    defineElement('slt-trend', trend);
    expect(info).not.toHaveBeenCalled();
  });
});
