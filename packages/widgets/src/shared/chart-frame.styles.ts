import { css } from 'lit';
import { hostStyles } from './host.styles.ts';

/** The frame every chart shares: states, legend, text alternative, table, footer, theme. */
export const frameStyles = css`
  ${hostStyles}
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    font-weight: 650;
  }
  .chart {
    position: relative;
    width: 100%;
  }
  .chart:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .readout {
    min-height: 1.45em;
    margin: 0.25em 0 0;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .chart svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .skeleton,
  .skeleton-line {
    border-radius: 4px;
    background: var(--_skeleton);
  }
  /* Placeholders sized like the lines they stand for (font-size 0.875em, line-height 1.45). */
  .skeleton-line {
    height: 0.875em;
    margin: calc(0.29em + 0.0625em) 0;
    max-width: 32em;
  }
  .skeleton-line.legend-line {
    max-width: 12em;
    margin-top: 0;
    margin-bottom: calc(0.25em + 0.375em);
  }
  .skeleton-line.short {
    max-width: 24em;
  }
  .skeleton-line.toggle {
    max-width: 11em;
    margin-top: calc(0.5em + 0.35em);
  }
  .skeleton-gap {
    /* The read-out line and the caption's top margin; the caption and footer margins are
       in their own smaller em, hence the last term. */
    height: calc(0.25em + 1.45 * 0.875em + 0.5em - 0.3125em);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton,
    .skeleton-line {
      animation: pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  .message {
    height: 100%;
    margin: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    padding: 1em;
    border: 1px dashed var(--_muted);
    border-radius: 4px;
    text-align: center;
    color: var(--_muted);
  }
  .message.error {
    color: var(--_error);
    border-color: var(--_error);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0 0 0.25em;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  /* A highlighted series (the trend's highlight): named in bold, as at its line's end. */
  .legend li.highlighted {
    font-weight: 700;
  }
  figcaption {
    margin-top: 0.5em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  figcaption p {
    margin: 0;
  }
  details[part='table'] {
    margin-top: 0.5em;
    font-size: 0.875em;
  }
  summary {
    cursor: pointer;
    width: fit-content;
  }
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* A table wider than the box scrolls sideways; a shadow at the edge that has more says so
     (the covers scroll with the table and hide the shadow at an end it has reached). */
  .table-scroll {
    overflow-x: auto;
    background:
      linear-gradient(to right, var(--_background) 30%, transparent) left / 2em 100% no-repeat local,
      linear-gradient(to left, var(--_background) 30%, transparent) right / 2em 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, color-mix(in srgb, var(--_text) 30%, transparent), transparent) left / 0.75em 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, color-mix(in srgb, var(--_text) 30%, transparent), transparent) right / 0.75em 100% no-repeat scroll;
  }
  table {
    border-collapse: collapse;
    margin-top: 0.5em;
  }
  th,
  td {
    padding: 0.25em 0.75em 0.25em 0;
    border-bottom: 1px solid var(--_skeleton);
    text-align: left;
  }
  td.number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .stale {
    opacity: 0.55;
  }
  .note {
    margin-top: 0.25em;
  }
  footer {
    margin-top: 0.5em;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  footer p {
    margin: 0.125em 0;
  }
  .facts {
    min-height: 1.45em;
  }
  .facts span + span {
    margin-left: 0.375em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.25em 1em;
    margin-top: 0.25em;
  }
  .about summary {
    line-height: 24px;
  }
  .demo {
    display: inline-block;
    padding: 0 0.375em;
    border: 1px solid currentColor;
    border-radius: 3px;
    font-weight: 600;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .downloads button {
    min-height: 24px;
    padding: 0.125em 0.5em;
    border: 1px solid var(--_muted);
    border-radius: 3px;
    background: transparent;
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .downloads button:focus-visible,
  .about summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  th.number {
    text-align: right;
  }
  td.suppressed abbr {
    text-decoration: none;
    cursor: help;
  }
  /* footer: 0.8125em text; its facts line, then the 24 px row of actions. */
  .skeleton-line.footer {
    max-width: 20em;
    height: 0.8125em;
    margin-top: calc(0.5em + 0.125em + 0.32em);
    margin-bottom: calc(0.125em + 0.32em);
  }
  .skeleton-line.actions {
    max-width: 18em;
    height: 24px;
    margin-top: 0.25em;
    margin-bottom: 0;
  }
  @media print {
    details,
    .downloads,
    .readout {
      display: none;
    }
  }
`;
