import type { Language } from '@slt/engine';
import { html, nothing, type TemplateResult } from 'lit';
import { MESSAGES } from '../i18n/messages.ts';
import type { DatasetFacts } from './dataset-facts.ts';

/** A download button: its label and what it saves. */
export interface Download {
  readonly label: string;
  readonly save: () => void;
}

/**
 * The footer under every widget: the dataset's source and update and the demo-data marker
 * (from its metadata), its definition behind "Om tallene", and the download buttons.
 */
export function renderFooter(facts: DatasetFacts, downloads: readonly Download[], language: Language): TemplateResult {
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
    </div>
  </footer>`;
}
