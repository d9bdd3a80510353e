// Loaded by the "storybook" project in vitest.config.ts, and empty on purpose: since
// Storybook 10.3, @storybook/addon-vitest applies .storybook/preview.ts to every story
// itself. (It searches this file for the name of Storybook's project-annotations
// function and, if found, leaves that work to us: so do not even name it here.)
export {};
