import { css } from 'lit';

/**
 * The host and root of every widget's shadow root: the theme's custom properties (light
 * and dark), and a root element (`figure`, `form`) that starts from initial values.
 * Shadow DOM stops the page's selectors, not inheritance: a CMS reset on the host
 * (`* { all: unset; font: ... }`, `html { font-size: 62.5% }`) would otherwise flow in,
 * so the root declares its own typography and everything inside sizes in em, never rem.
 */
export const hostStyles = css`
  :host {
    /* Theme through these custom properties (documented in each element's JSDoc). */
    --_text: var(--slt-text, #1f1f1f);
    --_muted: var(--slt-muted, #595959);
    --_background: var(--slt-background, #ffffff);
    --_skeleton: var(--slt-skeleton, #e8e8e8);
    --_error: var(--slt-error, #a4001d);
    --_focus: var(--slt-focus, #005fcc);
    --_border: var(--slt-control-border, #767676);
    /* !important: a page's \`* { all: unset }\` would make the host inline and break the
       box around the frame. Hide a widget with the hidden attribute. */
    display: block !important;
    min-width: 0;
    /* The root paints the background; the host under it too, so no page colour shows
       through a sub-pixel edge (theme it with --slt-background). */
    background: var(--_background) !important;
  }
  /* Dark as the page is (color-scheme.ts: the page's color-scheme, then the reader's system),
     on screens: paper is white. */
  @media screen {
    :host([data-slt-scheme='dark']) {
      --_text: var(--slt-text, #f0f0f0);
      --_muted: var(--slt-muted, #c4c4c4);
      --_background: var(--slt-background, #161616);
      --_skeleton: var(--slt-skeleton, #2c2c2c);
      --_error: var(--slt-error, #ff8a8a);
      --_focus: var(--slt-focus, #8ab4ff);
      --_border: var(--slt-control-border, #a0a0a0);
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  figure,
  form {
    all: initial;
    display: block;
    margin: 0;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--slt-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--slt-font-size, medium);
    line-height: 1.45;
    /* Legends draw their colours as backgrounds, which browsers leave off paper by default:
       a printed map's key was a row of empty boxes. (Inherited: it covers everything inside.) */
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
`;
