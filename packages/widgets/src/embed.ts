// The entry of the script-tag bundle (dist/slt-widgets.js): defines every element and
// exposes the engine so a page can register datasets by name:
//   <script type="module" src="/slt/slt-widgets.js"></script>
export * from './index.ts';
