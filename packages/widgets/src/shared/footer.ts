import type { Language } from '@slt/engine';
import { css, html, nothing, type TemplateResult } from 'lit';
import { MESSAGES } from '../i18n/messages.ts';
import type { DatasetFacts } from './dataset-facts.ts';
import type { EmbedCode } from './embed-code.ts';

/** A download button: its label and what it saves. */
export interface Download {
  readonly label: string;
  readonly save: () => void;
}

/**
 * The footer under every widget: the dataset's source and update and the demo-data marker
 * (from its metadata), its definition behind "Om tallene", the download buttons, and the
 * embed codes for the widget as it is configured and filtered now.
 */
export function renderFooter(facts: DatasetFacts, downloads: readonly Download[], language: Language, embed?: EmbedCode): TemplateResult {
  const messages = MESSAGES[language];
  return html`<footer part="footer">
    <p class="facts">
      ${facts.synthetic ? html`<span class="demo" part="demo-marker">${messages.demoData}</span>` : nothing}
      ${facts.source ? html`<span>${messages.source}: ${facts.source}.</span>` : nothing}
      ${facts.updated ? html`<span>${messages.updated} ${facts.updated}.</span>` : nothing}
    </p>
    <div class="actions">
      ${facts.definition ? html`<details class="about"><summary>${messages.aboutData}</summary><p>${facts.definition}</p></details>` : nothing}
      <div class="downloads" role="group" aria-label=${messages.downloads}>
        <span aria-hidden="true">${messages.downloads}:</span>
        ${downloads.map((download) => html`<button type="button" @click=${download.save}>${download.label}</button>`)}
      </div>
      ${embed ? renderEmbedToggle(language) : nothing}
    </div>
    ${embed ? renderEmbedCode(embed, language) : nothing}
  </footer>`;
}

/**
 * "Kopier innbyggingskode": a button that shows and hides the region `renderEmbedCode`
 * draws. Its state lives in the DOM (static attributes Lit leaves alone on re-render), so
 * the footer stays a function.
 */
export function renderEmbedToggle(language: Language): TemplateResult {
  return html`<button type="button" class="embed-toggle" aria-expanded="false" aria-controls="embed" @click=${toggleEmbed}>
    ${MESSAGES[language].embedCode}
  </button>`;
}

/** The script and the iframe snippet, read-only, each with a copy button. Hidden in print. */
export function renderEmbedCode(code: EmbedCode, language: Language): TemplateResult {
  const messages = MESSAGES[language];
  const snippet = (id: string, label: string, text: string) =>
    html`<div class="embed-snippet">
      <label for=${id}>${label}</label>
      <textarea id=${id} readonly rows="4" spellcheck="false" .value=${text}></textarea>
      <button type="button" aria-label=${`${messages.copy}: ${label}`} @click=${(event: Event) => void copySnippet(event, messages.copied)}>
        ${messages.copy}
      </button>
    </div>`;
  return html`<div class="embed" id="embed" part="embed" hidden>
    ${snippet('embed-script', messages.embedScript, code.script)} ${snippet('embed-iframe', messages.embedIframe, code.iframe)}
    <p class="embed-status" role="status" aria-live="polite"></p>
  </div>`;
}

function toggleEmbed(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  const region = (button.getRootNode() as ParentNode).querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`);
  if (!region) return;
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  region.hidden = !open;
}

/** Copies the snippet beside the button; without the clipboard API, selects it for Ctrl+C. */
async function copySnippet(event: Event, copied: string): Promise<void> {
  const button = event.currentTarget as HTMLButtonElement;
  const textarea = button.parentElement!.querySelector('textarea')!;
  // The status has no Lit bindings inside, so its text can be set here.
  const status = button.closest('.embed')?.querySelector('.embed-status');
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(textarea.value);
    if (status) status.textContent = copied;
  } catch {
    textarea.focus();
    textarea.select();
    if (status) status.textContent = '';
  }
}

/** The embed disclosure's layout; it sits in a frame that already styles details and buttons. */
export const embedStyles = css`
  .embed-toggle {
    min-height: 24px;
    padding: 0.125em 0.5em;
    border: 1px solid currentColor;
    border-radius: 3px;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .embed[hidden] {
    display: none;
  }
  .embed-toggle:focus-visible,
  .embed-snippet button:focus-visible,
  .embed-snippet textarea:focus-visible {
    outline: 3px solid var(--_focus, #1a5fb4);
    outline-offset: 2px;
  }
  .embed-snippet {
    display: grid;
    gap: 0.25em;
    margin-top: 0.5em;
  }
  .embed-snippet textarea {
    box-sizing: border-box;
    width: 100%;
    font: 0.8125em/1.4 ui-monospace, monospace;
    resize: vertical;
  }
  .embed-snippet button {
    justify-self: start;
    min-height: 24px;
    padding: 0.125em 0.5em;
    border: 1px solid currentColor;
    border-radius: 3px;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .embed-status:empty {
    display: none;
  }
  @media print {
    .embed-toggle,
    .embed {
      display: none;
    }
  }
`;
