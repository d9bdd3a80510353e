// The custom-elements manifest (dist/custom-elements.json) is generated from the elements'
// JSDoc: attributes, events, parts and CSS properties. IDEs and Storybook read it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
};
