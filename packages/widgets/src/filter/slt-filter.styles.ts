import { css } from 'lit';

export const filterStyles = css`
  :host {
    --_text: var(--slt-text, #1f1f1f);
    --_muted: var(--slt-muted, #595959);
    --_background: var(--slt-background, #ffffff);
    --_error: var(--slt-error, #a4001d);
    --_focus: var(--slt-focus, #005fcc);
    --_border: var(--slt-control-border, #767676);
    display: block;
    min-width: 0;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--slt-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--slt-font-size, 1rem);
    line-height: 1.45;
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
    display: none;
  }
  form {
    margin: 0;
  }
  .heading {
    margin: 0 0 0.5rem;
    font-size: 1.125em;
    font-weight: 650;
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 10rem;
    min-width: 0;
    max-width: 18rem;
  }
  label {
    font-size: 0.875em;
    font-weight: 600;
  }
  select,
  button {
    min-height: 2.5rem;
    box-sizing: border-box;
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: 4px;
  }
  select {
    width: 100%;
    padding: 0.25rem 0.5rem;
  }
  select[data-chosen] {
    border-width: 2px;
    font-weight: 600;
  }
  button {
    padding: 0.25rem 0.875rem;
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
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_muted);
    border-radius: 4px;
    color: var(--_muted);
  }
  .message.error {
    color: var(--_error);
    border-color: var(--_error);
  }
`;
