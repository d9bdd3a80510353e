import { css } from 'lit';

export const filterStyles = css`
  :host {
    --_text: var(--slt-text, #1f1f1f);
    --_muted: var(--slt-muted, #595959);
    --_background: var(--slt-background, #ffffff);
    --_error: var(--slt-error, #a4001d);
    --_focus: var(--slt-focus, #005fcc);
    --_border: var(--slt-control-border, #767676);
    /* !important: a page's \`* { all: unset }\` would make the host inline and break the
       box around the frame. Hide a widget with the hidden attribute. */
    display: block !important;
    min-width: 0;
    /* The frame paints the background; the host under it too, so no page colour shows
       through a sub-pixel edge (theme it with --slt-background). */
    background: var(--_background) !important;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--slt-text, #f0f0f0);
      --_muted: var(--slt-muted, #c4c4c4);
      --_background: var(--slt-background, #161616);
      --_error: var(--slt-error, #ff8a8a);
      --_focus: var(--slt-focus, #8ab4ff);
      --_border: var(--slt-control-border, #a0a0a0);
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  /* As in the chart frame: start from initial values, so a page reset on the host does
     not flow in through inheritance. */
  form {
    all: initial;
    display: block;
    margin: 0;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--slt-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--slt-font-size, medium);
    line-height: 1.45;
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    font-weight: 650;
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em 1em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 10em;
    min-width: 0;
    max-width: 18em;
  }
  label {
    font-size: 0.875em;
    font-weight: 600;
  }
  select,
  button {
    min-height: 2.5em;
    box-sizing: border-box;
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: 4px;
  }
  select {
    width: 100%;
    padding: 0.25em 0.5em;
  }
  select[data-chosen] {
    border-width: 2px;
    font-weight: 600;
  }
  button {
    padding: 0.25em 0.875em;
    cursor: pointer;
  }
  select:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  select:disabled {
    opacity: 0.7;
  }
  .message {
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px dashed var(--_muted);
    border-radius: 4px;
    color: var(--_muted);
  }
  .message.error {
    color: var(--_error);
    border-color: var(--_error);
  }
`;
