import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content width with a ResizeObserver: a widget sizes itself to its
 * container (a CMS column), not to the window. Updates the host only when the
 * whole-pixel width changes.
 *
 * Printing too: a page printed with the browser's own command is laid out again at the
 * paper's width, and Chromium runs no ResizeObserver and no animation frame before it takes
 * the picture, so a chart drawn for a wide screen was printed shrunk, its text small and a
 * blank band below it. Chromium does run the `print` media query's listeners (and their
 * microtasks) inside that layout, where the host already has its paper width: the width is
 * read there, and Lit's update (a microtask) draws the chart for the paper before it is
 * printed. When printing ends the width is read again (the observer still holds the screen
 * width from before, so it would not report the change back).
 */
export class WidthController implements ReactiveController {
  width = 0;
  /** Whether measureNow has read the width once (the observer keeps it up to date after). */
  #measured = false;
  readonly #host: ReactiveControllerHost & Element;
  readonly #observer: ResizeObserver;
  readonly #printMedia = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
  readonly #onPrintMedia = () => {
    const width = this.#read();
    if (!this.#printMedia?.matches || width === this.width) {
      this.#setWidth(width);
      return;
    }
    // The browser has counted the pages before this runs: a widget that comes out taller or
    // shorter at the paper's width would push the last of the page past the last page,
    // unprinted. Such a widget goes back to its screen width (and prints shrunk).
    const screenWidth = this.width;
    const height = this.#height();
    this.#setWidth(width);
    void this.#host.updateComplete.then(() => {
      if (Math.abs(this.#height() - height) > 0.5) this.#setWidth(screenWidth);
    });
  };

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    this.#observer = new ResizeObserver((entries) => this.#setWidth(Math.floor(entries[0]?.contentRect.width ?? 0)));
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
      this.width = this.#read();
    }
    return this.width;
  }

  hostConnected(): void {
    this.#observer.observe(this.#host);
    this.#printMedia?.addEventListener('change', this.#onPrintMedia);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
    this.#printMedia?.removeEventListener('change', this.#onPrintMedia);
  }

  #setWidth(width: number): void {
    if (width === this.width) return;
    this.width = width;
    this.#host.requestUpdate();
  }

  /** The host's height on the page (in all its boxes, when it is split over columns). */
  #height(): number {
    return [...this.#host.getClientRects()].reduce((sum, box) => sum + box.height, 0);
  }

  /** The content width from the layout (lays the page out if it is not). */
  #read(): number {
    const style = getComputedStyle(this.#host);
    const edges = ['padding-left', 'padding-right', 'border-left-width', 'border-right-width'].reduce(
      (sum, property) => sum + (Number.parseFloat(style.getPropertyValue(property)) || 0),
      0,
    );
    // The first box's width: a host split over two columns or pages (on paper) has one box
    // in each, and its bounding rectangle spans both.
    const box = this.#host.getClientRects()[0];
    return Math.max(0, Math.floor((box?.width ?? 0) - edges));
  }
}
