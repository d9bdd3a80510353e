import { css } from 'lit';
import { hostStyles } from '../shared/host.styles.ts';

export const filterStyles = css`
  ${hostStyles}
  /* On paper the pickers are of no use: the choices in force are written as a sentence. */
  .printed {
    display: none;
    margin: 0;
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
  /* Last, so that it wins over the screen's rules above. */
  @media print {
    .heading,
    .fields {
      display: none;
    }
    .printed {
      display: block;
    }
  }
`;
