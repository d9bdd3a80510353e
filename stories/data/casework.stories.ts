import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { expect, waitFor } from 'storybook/test';
import { expectNoA11yViolations } from '../../.storybook/a11y.ts';
import { LANGUAGES, type Language } from '../../packages/engine/src/index.ts';
import '../../packages/widgets/src/casework/slt-casework.ts';

interface CaseworkArgs {
  src: string;
  lang: Language;
}

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

async function message(canvas: HTMLElement): Promise<string> {
  return waitFor(() => {
    const alert = canvas.querySelector('slt-casework')?.shadowRoot?.querySelector('[role="alert"]');
    if (!alert) throw new Error('no message yet');
    return plain(alert.textContent);
  }, { timeout: 30_000, interval: 50 });
}

/**
 * `<slt-casework>` reads the internal tier, which Storybook never serves: its stories show
 * what a public page gets. The dashboard itself is in docs/COORDINATORS.md and is tested
 * in Chromium (packages/widgets/src/casework/slt-casework.browser.test.ts) and behind the
 * internal demo's login (test/e2e/internal-access.e2e.test.ts).
 */
const meta = {
  title: 'Internal/slt-casework',
  component: 'slt-casework',
  render: (args) => html`${keyed(`${args.src}${args.lang}`, html`<slt-casework src=${args.src} lang=${args.lang} no-url></slt-casework>`)}`,
  args: { src: '/data/case_monthly.parquet', lang: 'nb' },
  argTypes: { lang: { control: 'inline-radio', options: [...LANGUAGES] } },
} satisfies Meta<CaseworkArgs>;

export default meta;
type Story = StoryObj<CaseworkArgs>;

/** A public-tier file is refused, with the banner still on top. */
export const RefusesPublicFile: Story = {
  play: async ({ canvasElement }) => {
    await expect(await message(canvasElement)).toMatch(/merket som offentlig/);
    const root = canvasElement.querySelector('slt-casework')!.shadowRoot!;
    await expect(plain(root.querySelector('.banner strong')?.textContent)).toBe('INTERNT: KONFIDENSIELT');
    await expect(root.querySelector('table')).toBeNull();
    await expectNoA11yViolations(canvasElement);
  },
};

/** Storybook does not serve data/internal: the element says it could not read the file. */
export const InternalFileNotServedHere: Story = {
  args: { src: '/data/internal/case_events.parquet', lang: 'en' },
  play: async ({ canvasElement }) => {
    await expect(await message(canvasElement)).toMatch(/^Could not read the data/);
    await expectNoA11yViolations(canvasElement);
  },
};
