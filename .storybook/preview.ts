import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

/** Page themes a widget is shown on. Dark sets the widgets' documented custom properties. */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const THEME_STYLES: Record<Theme, Record<string, string>> = {
  light: { background: '#ffffff', color: '#1f1f1f' },
  dark: {
    background: '#161616',
    color: '#f0f0f0',
    'color-scheme': 'dark',
    '--slt-text': '#f0f0f0',
    '--slt-muted': '#c4c4c4',
    '--slt-background': '#161616',
    '--slt-skeleton': '#2c2c2c',
    '--slt-error': '#ff8a8a',
    '--slt-focus': '#8ab4ff',
    // Okabe-Ito's lighter members first: at least 3:1 against #161616 (WCAG 1.4.11).
    '--slt-series-1': '#56b4e9',
    '--slt-series-2': '#e69f00',
    '--slt-series-3': '#2fc79a',
    '--slt-series-4': '#e8a3c9',
    '--slt-series-5': '#bdbdbd',
    '--slt-series-6': '#f0e442',
    '--slt-series-7': '#a99cf0',
  },
};

/**
 * Wraps every story in a themed "page". A custom-property theme rather than
 * prefers-color-scheme, because the test browser cannot switch the media query from
 * inside a story.
 */
const withTheme: Decorator = (story, context) => {
  const theme: Theme = context.globals['theme'] === 'dark' ? 'dark' : 'light';
  return html`<div class="sb-page" data-theme=${theme} style=${styleMap({ padding: '1rem', ...THEME_STYLES[theme] })}>
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Page theme behind the widget',
      toolbar: { title: 'Theme', icon: 'contrast', items: [...THEMES], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
  },
};

export default preview;
