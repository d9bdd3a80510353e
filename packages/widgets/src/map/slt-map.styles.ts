import { css } from 'lit';

/** The map's own styles, on top of the shared chart frame. */
export const mapStyles = css`
  .map-legend {
    margin: 0 0 0.25em;
    font-size: 0.875em;
  }
  .map-legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.875em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .map-legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .swatch {
    display: inline-block;
    width: 1.25em;
    height: 0.875em;
    border: 1px solid var(--_muted);
    border-radius: 2px;
  }
  .swatch.hidden {
    background: repeating-linear-gradient(45deg, var(--_muted) 0 2px, var(--_background) 2px 5px);
  }
  .swatch.missing {
    background: var(--_background);
    border-style: dashed;
  }
  .selection {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: 0.25em 0 0;
  }
  .selection:empty {
    display: none;
  }
  .selection button {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    padding: 0.125em 0.5em;
    cursor: pointer;
  }
  .selection button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .chart .slt-map-tile,
  .chart .slt-map-shape path {
    cursor: pointer;
  }
  @media (prefers-reduced-motion: no-preference) {
    .chart .slt-map-tile rect:first-of-type {
      transition: opacity 120ms ease-out;
    }
  }
  .chart .slt-map-tile:hover rect:first-of-type {
    opacity: 0.85;
  }
`;
