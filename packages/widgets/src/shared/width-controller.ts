import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content width with a ResizeObserver: a widget sizes itself to its
 * container (a CMS column), not to the window. Updates the host only when the
 * whole-pixel width changes.
 */
export class WidthController implements ReactiveController {
  width = 0;
  /** Whether measureNow has read the width once (the observer keeps it up to date after). */
  #measured = false;
  readonly #host: ReactiveControllerHost & Element;
  readonly #observer: ResizeObserver;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    this.#observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (width !== this.width) {
        this.width = width;
        host.requestUpdate();
      }
    });
    host.addController(this);
  }

  /**
   * The width now, when the observer has not reported yet: it reports in the frame after the
   * host is laid out, and a chart whose data came before that frame would otherwise render
   * once more a frame later (the first chart's critical path, BENCHMARKS.md). Reading it lays
   * the page out, which the frame would do anyway. Once: a hidden chart (width 0) waits for
   * the observer instead of laying the page out at every update. Does not request an update.
   */
  measureNow(): number {
    if (this.width === 0 && !this.#measured && this.#host.isConnected) {
      this.#measured = true;
      const style = getComputedStyle(this.#host);
      const edges = ['padding-left', 'padding-right', 'border-left-width', 'border-right-width'].reduce(
        (sum, property) => sum + (Number.parseFloat(style.getPropertyValue(property)) || 0),
        0,
      );
      this.width = Math.max(0, Math.floor(this.#host.getBoundingClientRect().width - edges));
    }
    return this.width;
  }

  hostConnected(): void {
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }
}
