import { css } from 'lit';

/** The dashboards' frame: header, summary, a grid of panels, notes; and the printed report. */
export const dashboardStyles = css`
  :host {
    --_dashboard-text: var(--slt-text, #1f1f1f);
    /* !important: a page's \`* { all: unset }\` would make the host inline. */
    display: block !important;
    container-type: inline-size;
  }
  /* Hide a dashboard with the hidden attribute (the rule above beats a page's display: none). */
  :host([hidden]) {
    display: none !important;
  }
  /* Shadow DOM stops the page's selectors, not inheritance: a CMS theme's
     \`html { font-size: 62.5% }\`, \`body { text-transform: uppercase; white-space: nowrap }\`
     would flow into the text, and a page rule on the host beats the host's own. So the root
     starts from initial values and declares its own typography, and everything inside sizes
     in em, never rem (as the charts' root does, shared/host.styles.ts). */
  article {
    all: initial;
    display: grid;
    gap: 1em;
    color: var(--_dashboard-text);
    font-family: var(--slt-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--slt-font-size, medium);
    line-height: 1.45;
    /* Colour keys are backgrounds: printed, as on screen (shared/host.styles.ts). */
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  /* While the figures load, the dashboard holds a screen's height: what the page has below it
     (a CMS footer) moves once, out of sight, instead of jumping as the parts arrive. */
  article[data-state='loading'] {
    min-height: 100vh;
    align-content: start;
  }
  header h2 {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.2;
  }
  header p {
    margin: 0.25em 0 0;
  }
  /* The dashboard says the demo marker and the sources once (header, notes); the charts
     inside do not repeat them. A chart embedded alone keeps its own footer facts. */
  /* The picker, the 3-year toggle, the key figures and the charts, a gap apart (the toggle
     touched the picker's card above it and the key figures' below). */
  .scope {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
  }
  .scope *::part(facts) {
    display: none;
  }
  .demo-marker span {
    display: inline-block;
    margin-top: 0.25em;
    padding: 0 0.375em;
    border: 1px solid currentColor;
    border-radius: 3px;
    font-size: 0.875em;
    font-weight: 600;
  }
  .too-few {
    margin: 0;
    padding: 1em 0;
  }
  .not-shown .too-few {
    padding: 0.25em 0;
  }
  .hidden-share {
    margin: 0.25em 0 0;
    font-size: 0.8125em;
    color: var(--slt-muted, #595959);
  }
  .lede {
    max-width: 48em;
  }
  .report-label,
  .print-only {
    display: none;
  }
  /* The report's two buttons side by side, wrapping on a phone with a gap between them. */
  .actions {
    margin-top: 0.75em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  button.print,
  .actions .embed-toggle,
  button.view-toggle {
    font: inherit;
    padding: 0.4em 0.9em;
    border: 1px solid currentColor;
    border-radius: 4px;
    background: var(--slt-background, #fff);
    color: inherit;
    cursor: pointer;
  }
  button.print:focus-visible,
  button.view-toggle:focus-visible {
    outline: 3px solid var(--slt-focus, #1a5fb4);
    outline-offset: 2px;
  }
  /* The 3-year average toggle: a toggle button (aria-pressed), its state drawn as a switch and said in text. */
  .view-choice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  button.view-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  button.view-toggle .switch {
    position: relative;
    flex: none;
    width: 2.2em;
    height: 1.2em;
    border: 2px solid currentColor;
    border-radius: 0.6em;
    box-sizing: border-box;
  }
  button.view-toggle .switch::after {
    content: '';
    position: absolute;
    top: 0.1em;
    left: 0.1em;
    width: 0.8em;
    height: 0.8em;
    border-radius: 50%;
    background: currentColor;
  }
  button.view-toggle[aria-pressed='true'] .switch {
    background: var(--slt-accent, #00494d);
    border-color: var(--slt-accent, #00494d);
  }
  button.view-toggle[aria-pressed='true'] .switch::after {
    left: auto;
    right: 0.1em;
    background: var(--slt-background, #fff);
  }
  .view-note {
    margin: 0;
    max-width: 48em;
  }
  .view-note:empty {
    display: none;
  }
  .summary {
    padding: 0.75em 1em;
    border-left: 4px solid var(--slt-accent, #00494d);
    background: var(--slt-summary-background, #eef4f4);
  }
  .summary h3,
  .notes h3,
  .panel-group h3 {
    margin: 0 0 0.5em;
    font-size: 1.125em;
  }
  .summary ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .summary li + li {
    margin-top: 0.25em;
  }
  .grid {
    display: grid;
    gap: 1em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24em), 1fr));
  }
  .kpis {
    display: grid;
    gap: 1em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
  }
  .panel {
    min-width: 0;
    padding: 0.75em;
    background: var(--slt-panel-background, #fff);
    border: 1px solid var(--slt-panel-border, #d9d9d4);
    border-radius: 6px;
  }
  .wide {
    grid-column: 1 / -1;
  }
  .panel:has(table.monthly) {
    overflow-x: auto;
    /* The monthly report adapts to its panel's width (a phone, half an A4 page). */
    container-type: inline-size;
  }
  .notes {
    font-size: 0.9375em;
  }
  .notes ul {
    margin: 0 0 0.75em;
    padding-left: 1.25em;
  }
  .notes p {
    margin: 0 0 0.5em;
    max-width: 48em;
  }
  .demo {
    font-weight: 600;
  }
  dl.glossary {
    display: grid;
    grid-template-columns: minmax(0, max-content) 1fr;
    gap: 0.125em 0.75em;
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
  dl.glossary dt {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  dl.glossary dd {
    margin: 0;
  }
  table.monthly {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  table.monthly caption {
    text-align: left;
    font-weight: 600;
    margin-bottom: 0.5em;
  }
  table.monthly th,
  table.monthly td {
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--slt-panel-border, #d9d9d4);
  }
  table.monthly td {
    text-align: right;
  }
  table.monthly thead th {
    text-align: right;
  }
  table.monthly thead th:first-child,
  table.monthly tbody th {
    text-align: left;
  }
  /* On a phone the monthly report fits its panel: fixed columns that wrap their words,
     smaller type and padding, instead of a table cut off at the right edge. */
  @container (max-width: 416px) {
    table.monthly {
      table-layout: fixed;
      font-size: 0.875em;
    }
    table.monthly th,
    table.monthly td {
      padding: 0.25em 0.25em;
      overflow-wrap: anywhere;
      hyphens: auto;
    }
    table.monthly th:first-child {
      width: 28%;
    }
    table.monthly thead th {
      font-size: 0.8em;
      overflow-wrap: break-word;
    }
  }
  .message {
    padding: 1em;
  }
  .message.error {
    color: var(--slt-error, #b00020);
  }
  /* Dark as the page is (shared/color-scheme.ts), on screens: paper is white. */
  @media screen {
    :host([data-slt-scheme='dark']) {
      --_dashboard-text: var(--slt-text, #f0f0f0);
    }
    :host([data-slt-scheme='dark']) .summary {
      background: var(--slt-summary-background, #14292a);
    }
    :host([data-slt-scheme='dark']) .panel {
      background: var(--slt-panel-background, #161616);
      border-color: var(--slt-panel-border, #3a3a3a);
    }
    :host([data-slt-scheme='dark']) button.print,
    :host([data-slt-scheme='dark']) .actions .embed-toggle,
    :host([data-slt-scheme='dark']) button.view-toggle {
      background: transparent;
    }
    :host([data-slt-scheme='dark']) button.view-toggle[aria-pressed='true'] .switch {
      background: var(--slt-accent, #7fd1d1);
      border-color: var(--slt-accent, #7fd1d1);
    }
    :host([data-slt-scheme='dark']) button.view-toggle[aria-pressed='true'] .switch::after {
      background: #161616;
    }
    :host([data-slt-scheme='dark']) .hidden-share {
      color: var(--slt-muted, #c4c4c4);
    }
  }
  /* The printed report: a report for the council on A4, no controls, filters in words. */
  :host([printing]) article {
    width: 170mm;
  }
  @media print {
    :host {
      --_dashboard-text: #000;
    }
    /* On the root, not the host: a page's rule on the host (\`--slt-font-size: 18px\`) beats the
       host's own and printed the report at screen size, over twice the pages. The widgets
       inside inherit it. */
    article {
      --slt-font-size: 9pt;
    }
    /* The demo marker stays: a printed page of synthetic figures must say so where it starts. */
    .lede {
      display: none;
    }
    article {
      width: 170mm;
    }
    .report-label,
    .print-only {
      display: block;
    }
    .report-label {
      font-size: 0.875em;
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    /* A report's title is never the last line of a page (a second dashboard's was, on a page of
       the first's notes). */
    header {
      break-inside: avoid;
      break-after: avoid;
    }
    .actions,
    .no-print,
    button.view-toggle,
    slt-filter {
      display: none;
    }
    .summary {
      border-left-color: #000;
      background: none;
      break-inside: avoid;
    }
    .grid,
    .kpis {
      gap: 0.6em;
    }
    /* On paper the panels and then the notes flow in two columns, as a newspaper's do, instead
       of a grid's rows: a row takes its taller panel's height, and a row that did not fit moved
       whole to the next page, leaving half of a page empty (the youth report had two such
       pages, and the notes a page of their own). The title, the summary and the key figures
       span both columns. */
    article {
      display: block;
      columns: 2;
      column-gap: 0.6em;
    }
    .scope,
    .grid {
      display: contents;
    }
    article > :not(.scope),
    .scope > :not(.grid),
    .grid > * {
      margin: 0 0 0.6em;
    }
    article > :not(.scope, .notes),
    .scope > :not(.grid),
    .grid > .wide {
      column-span: all;
    }
    .kpis {
      grid-template-columns: repeat(3, 1fr);
    }
    .panel {
      padding: 0.4em;
      break-inside: avoid;
      border-color: #999;
      background: none;
    }
    /* The notes may start at the foot of the last page of charts (a page of their own made a
       small district's youth report five pages); a heading stays with what it heads. */
    .notes h3 {
      break-after: avoid;
    }
    .notes p,
    .notes li {
      break-inside: avoid;
    }
  }
`;
