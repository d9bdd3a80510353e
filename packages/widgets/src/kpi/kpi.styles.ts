import { css } from 'lit';

/**
 * The KPI card as HTML text: every size in em, no fixed heights and no overflow clipping,
 * so it reflows at 280 px, at 200 % text size and with WCAG 1.4.12 text spacing.
 */
export const kpiStyles = css`
  .chart:has(> .kpi-card) {
    height: auto !important;
  }
  .kpi-card {
    padding: 0.25em 0.25em 0.25em 0.5em;
    overflow-wrap: anywhere;
  }
  .kpi-card p {
    margin: 0;
    line-height: 1.35;
  }
  .kpi-where {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .kpi-card {
    container-type: inline-size;
  }
  .kpi-card .kpi-figure {
    margin: 0.1em 0 0.15em;
  }
  /* Large, but never wider than its box allows: a long figure ("16,7 per 1 000") at 280 px
     and 200 % text shrinks towards 1.5em and then wraps. */
  .kpi-number {
    font-size: max(1.5em, min(2.5em, 12cqi));
    font-weight: 700;
    line-height: 1.15;
  }
  .kpi-label {
    font-weight: 400;
  }
  /* pretty: no lone "2024" on a line of its own after "fra 2022–" on a phone. */
  .kpi-card p {
    text-wrap: pretty;
  }
  .kpi-card .kpi-change {
    margin-top: 0.35em;
    font-weight: 600;
  }
  .kpi-card .kpi-comparison {
    margin-top: 0.15em;
  }
  .kpi-card .focused {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
`;
