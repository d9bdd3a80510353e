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

/** The name of the actions menu (the i18n messages name only its items). */
const MENU_LABEL: Record<Language, string> = {
  nb: 'Last ned og del',
  nn: 'Last ned og del',
  da: 'Hent og del',
  en: 'Download and share',
};

/**
 * The footer under every widget: the dataset's source and update and the demo-data marker
 * (from its metadata; `part="facts"`, which a dashboard hides because it says them once),
 * its definition behind "Om tallene", and one compact actions menu (the menu button
 * pattern: data CSV, SVG, PNG, the embed codes) instead of a row of buttons.
 */
export function renderFooter(facts: DatasetFacts, downloads: readonly Download[], language: Language, embed?: EmbedCode): TemplateResult {
  const messages = MESSAGES[language];
  return html`<footer part="footer">
    <p class="facts" part="facts">
      ${facts.synthetic ? html`<span class="demo" part="demo-marker">${messages.demoData}</span>` : nothing}
      ${facts.source ? html`<span>${messages.source}: ${facts.source}.</span>` : nothing}
      ${facts.updated ? html`<span>${messages.updated} ${facts.updated}.</span>` : nothing}
    </p>
    <div class="actions">
      ${facts.definition ? html`<details class="about"><summary>${messages.aboutData}</summary><p>${facts.definition}</p></details>` : nothing}
      <div class="actions-menu" @keydown=${onMenuKey} @focusout=${onMenuFocusOut}>
        <button type="button" class="menu-button" id="actions-button" aria-haspopup="menu" aria-expanded="false" aria-controls="actions-list"
          @click=${onMenuButton}>
          ${MENU_LABEL[language]}<span aria-hidden="true"> ▾</span>
        </button>
        <ul class="downloads" id="actions-list" role="menu" aria-labelledby="actions-button" hidden>
          ${downloads.map(
            (download) => html`<li role="none">
              <button type="button" role="menuitem" tabindex="-1" @click=${(event: Event) => (closeMenu(event, true), download.save())}>
                ${download.label}
              </button>
            </li>`,
          )}
          ${embed
            ? html`<li role="none">
                <button type="button" role="menuitem" tabindex="-1" class="embed-toggle" aria-controls="embed" aria-expanded="false"
                  @click=${(event: Event) => (toggleEmbed(event), closeMenu(event, false))}>
                  ${messages.embedCode}
                </button>
              </li>`
            : nothing}
        </ul>
      </div>
    </div>
    ${embed ? renderEmbedCode(embed, language) : nothing}
  </footer>`;
}

/** The menu's parts, from any element inside it. */
function menuOf(from: Element): { button: HTMLButtonElement; list: HTMLElement; items: HTMLButtonElement[] } | undefined {
  const root = from.closest('.actions-menu');
  const button = root?.querySelector<HTMLButtonElement>('.menu-button');
  const list = root?.querySelector<HTMLElement>('[role="menu"]');
  if (!button || !list) return undefined;
  return { button, list, items: [...list.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')] };
}

function openMenu(from: Element, focus: 'first' | 'last'): void {
  const menu = menuOf(from);
  if (!menu) return;
  menu.list.hidden = false;
  menu.button.setAttribute('aria-expanded', 'true');
  (focus === 'first' ? menu.items[0] : menu.items.at(-1))?.focus();
}

function closeMenu(event: Event, refocus: boolean): void {
  const menu = menuOf(event.currentTarget as Element);
  if (!menu || menu.list.hidden) return;
  menu.list.hidden = true;
  menu.button.setAttribute('aria-expanded', 'false');
  if (refocus) menu.button.focus();
}

function onMenuButton(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  if (button.getAttribute('aria-expanded') === 'true') closeMenu(event, false);
  else openMenu(button, 'first');
}

/** The keys of the WAI-ARIA menu button pattern: arrows, Home, End, Escape; Tab leaves. */
function onMenuKey(event: KeyboardEvent): void {
  const target = event.target as HTMLElement;
  const menu = menuOf(target);
  if (!menu) return;
  if (target === menu.button) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(target, event.key === 'ArrowDown' ? 'first' : 'last');
    }
    return;
  }
  const index = menu.items.indexOf(target as HTMLButtonElement);
  if (index < 0) return;
  const move = (to: number) => {
    event.preventDefault();
    menu.items[(to + menu.items.length) % menu.items.length]?.focus();
  };
  if (event.key === 'ArrowDown') move(index + 1);
  else if (event.key === 'ArrowUp') move(index - 1);
  else if (event.key === 'Home') move(0);
  else if (event.key === 'End') move(menu.items.length - 1);
  else if (event.key === 'Escape') {
    event.preventDefault();
    menu.list.hidden = true;
    menu.button.setAttribute('aria-expanded', 'false');
    menu.button.focus();
  }
}

/** The menu closes when focus leaves it (Tab, a click elsewhere). */
function onMenuFocusOut(event: FocusEvent): void {
  const root = event.currentTarget as HTMLElement;
  if (event.relatedTarget instanceof Node && root.contains(event.relatedTarget)) return;
  const menu = menuOf(root.querySelector('.menu-button')!);
  if (!menu || menu.list.hidden) return;
  menu.list.hidden = true;
  menu.button.setAttribute('aria-expanded', 'false');
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
  .menu-button {
    min-height: 24px;
    padding: 0.125em 0.5em;
    border: 1px solid var(--_muted, currentColor);
    border-radius: 3px;
    background: transparent;
    color: var(--_text, inherit);
    font: inherit;
    cursor: pointer;
  }
  /* In the flow under its button, not floating: it can never be cut off by the frame or
     cover the chart, at any width. */
  .actions-menu [role='menu'] {
    display: block;
    margin: 0.25em 0 0;
    padding: 0.25em 0;
    list-style: none;
    border: 1px solid var(--_muted, currentColor);
    border-radius: 4px;
    background: var(--_background, Canvas);
  }
  .actions-menu [role='menu'][hidden] {
    display: none;
  }
  .actions-menu [role='menuitem'] {
    display: block;
    box-sizing: border-box;
    width: 100%;
    min-height: 24px;
    padding: 0.25em 0.75em;
    border: 0;
    background: transparent;
    color: var(--_text, inherit);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .actions-menu [role='menuitem']:hover,
  .actions-menu [role='menuitem']:focus {
    background: var(--_skeleton, #e8e8e8);
    outline: 2px solid var(--_focus, #1a5fb4);
    outline-offset: -2px;
  }
  .menu-button:focus-visible {
    outline: 3px solid var(--_focus, #1a5fb4);
    outline-offset: 2px;
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
    .actions-menu,
    .embed {
      display: none;
    }
  }
`;
