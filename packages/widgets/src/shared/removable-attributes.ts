import type { ReactiveElement } from 'lit';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's constructor takes any arguments
type Constructor<T> = abstract new (...args: any[]) => T;

/**
 * An attribute removed puts its property back to the element's default, as if it had never
 * been set. Lit sets the property to what its converter makes of a missing value (null for
 * text and numbers), and the options then refused it: removing `unit` from a chart showed
 * "Diagrammet kunne ikke vises". React 19 and Vue remove an attribute when a prop becomes
 * undefined, so a host framework does this in normal use.
 *
 * The defaults are read when the element first hears of an attribute or is connected: the
 * constructor (the element's own field initialisers included) has run by then, and no
 * attribute has been applied yet.
 */
export function RemovableAttributes<Base extends Constructor<ReactiveElement>>(base: Base) {
  abstract class WithDefaults extends base {
    /** Attribute name -> the property it sets and that property's default. */
    #defaults?: Map<string, { readonly property: PropertyKey; readonly value: unknown }>;

    override connectedCallback(): void {
      this.#readDefaults();
      super.connectedCallback();
    }

    override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      this.#readDefaults();
      super.attributeChangedCallback(name, old, value);
      const removed = value === null ? this.#defaults?.get(name) : undefined;
      if (removed) (this as unknown as Record<PropertyKey, unknown>)[removed.property] = removed.value;
    }

    #readDefaults(): void {
      if (this.#defaults) return;
      this.#defaults = new Map();
      const { elementProperties } = this.constructor as typeof ReactiveElement;
      for (const [property, options] of elementProperties) {
        if (options.attribute === false) continue;
        const attribute = typeof options.attribute === 'string' ? options.attribute : String(property).toLowerCase();
        this.#defaults.set(attribute, { property, value: (this as unknown as Record<PropertyKey, unknown>)[property] });
      }
    }
  }
  // The same public shape as the base (the class only overrides two callbacks): declaration
  // files cannot name a class made in a function, with Lit's private members.
  return WithDefaults as unknown as Base;
}
