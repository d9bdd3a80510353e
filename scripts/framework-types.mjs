// Element types for frameworks, generated from the custom-elements manifest, so that
// <slt-trend src="…" time-column="year" /> type-checks (and a misspelt attribute does not)
// in React 19 and Preact (JSX IntrinsicElements), Vue (GlobalComponents) and Svelte
// (SvelteHTMLElements). Written to packages/widgets/lib/frameworks/ by build-packages.mjs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every custom element in a manifest: tag, class, module and its attributes. */
export function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        module: module.path,
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          type: attribute.type?.text ?? 'string',
          description: attribute.description ?? '',
        })),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** An attribute's value type as markup writes it (numbers and booleans may come as text). */
function valueType(type) {
  if (/\bboolean\b/.test(type)) return 'boolean | string';
  if (/\bnumber\b/.test(type)) return 'number | string';
  return 'string';
}

const header = '// Generated from custom-elements.json by scripts/framework-types.mjs. Do not edit.\n';

function attributesFile(elements) {
  const interfaces = elements.map(({ tag, className, attributes }) => {
    const lines = attributes.map(
      ({ name, type, description }) =>
        `  /** ${description.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim()} */\n  '${name}'?: ${valueType(type)};`,
    );
    return `/** The attributes of <${tag}>. */\nexport interface ${className}Attributes {\n${lines.join('\n')}\n}`;
  });
  const map = elements.map(({ tag, className }) => `  '${tag}': ${className}Attributes;`).join('\n');
  return `${header}\n${interfaces.join('\n\n')}\n\n/** Every element's attributes by tag. */\nexport interface SltElementAttributes {\n${map}\n}\n`;
}

function classImports(elements) {
  return elements.map(({ className, module }) => `import type { ${className} } from '../${module.replace(/^src\//, '').replace(/\.ts$/, '.js')}';`).join('\n');
}

function react(elements) {
  const entries = elements
    .map(({ tag, className }) => `      '${tag}': React.DetailedHTMLProps<React.HTMLAttributes<${className}>, ${className}> & ${className}Attributes;`)
    .join('\n');
  return `${header}// Use: import type {} from '@slt/widgets/react'; (or "types": ["@slt/widgets/react"] in tsconfig)
import type * as React from 'react';
${classImports(elements)}
import type { ${elements.map(({ className }) => `${className}Attributes`).join(', ')} } from './attributes.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries}
    }
  }
}
`;
}

function preact(elements) {
  const entries = elements
    .map(({ tag, className }) => `      '${tag}': JSXInternal.HTMLAttributes<${className}> & ${className}Attributes;`)
    .join('\n');
  return `${header}// Use: import type {} from '@slt/widgets/preact';
import type { JSX as JSXInternal } from 'preact';
${classImports(elements)}
import type { ${elements.map(({ className }) => `${className}Attributes`).join(', ')} } from './attributes.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${entries}
    }
  }
}
`;
}

function vue(elements) {
  const entries = elements
    .map(({ tag, className }) => `    '${tag}': DefineComponent<${className}Attributes>;`)
    .join('\n');
  return `${header}// Use: import type {} from '@slt/widgets/vue'; and tell Vue's compiler the slt- tags are custom
// elements: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('slt-') } } }).
import type { DefineComponent } from 'vue';
import type { ${elements.map(({ className }) => `${className}Attributes`).join(', ')} } from './attributes.js';

declare module 'vue' {
  interface GlobalComponents {
${entries}
  }
}
`;
}

function svelte(elements) {
  const entries = elements
    .map(({ tag, className }) => `    '${tag}': HTMLAttributes<${className}> & ${className}Attributes;`)
    .join('\n');
  return `${header}// Use: import type {} from '@slt/widgets/svelte'; (or "types": ["@slt/widgets/svelte"] in tsconfig)
import type { HTMLAttributes } from 'svelte/elements';
${classImports(elements)}
import type { ${elements.map(({ className }) => `${className}Attributes`).join(', ')} } from './attributes.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${entries}
  }
}
`;
}

export function writeFrameworkTypes(manifestPath, outDirectory) {
  const elements = elementsOf(JSON.parse(readFileSync(manifestPath, 'utf8')));
  mkdirSync(outDirectory, { recursive: true });
  const files = { 'attributes.d.ts': attributesFile(elements), 'react.d.ts': react(elements), 'preact.d.ts': preact(elements), 'vue.d.ts': vue(elements), 'svelte.d.ts': svelte(elements) };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDirectory, name), text);
  return elements;
}
