/**
 * ESLint 9 flat config. Fast on purpose: no type-aware rules (tsc covers types).
 * No // @ts-check: eslint-plugin-solid 0.14's plugin type does not match ESLint 9's
 * Plugin type (RuleContext differs), though it works at runtime.
 * Two project rules matter most (see ../shared/ARCHITECTURE.md):
 *  - only src/db/** may import dexie (storage lives in one place);
 *  - no innerHTML/outerHTML writes, insertAdjacentHTML or Solid's innerHTML prop
 *    (Solid does not sanitise it).
 * And no import cycles in src (import-x/no-cycle): a cycle hides which layer depends on
 * which, and it is how helpers ended up inside the hire islands' page components.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import solid from 'eslint-plugin-solid/configs/typescript';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const TS_FILES = ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'server/**/*.ts', 'e2e/**/*.ts', '*.config.ts'];

const DEXIE_ONLY_IN_DB = 'Only src/db/** may use Dexie: add a typed command there and call it.';

/** Selectors banned everywhere (src/db included). */
const htmlInjection = [
  {
    selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Do not assign innerHTML/outerHTML: build DOM nodes or use JSX (Solid does not sanitise HTML).',
  },
  {
    selector: 'AssignmentExpression > MemberExpression.left[computed=true][property.value=/^(innerHTML|outerHTML)$/]',
    message: 'Do not assign innerHTML/outerHTML: build DOM nodes or use JSX (Solid does not sanitise HTML).',
  },
  {
    selector: 'JSXAttribute > JSXNamespacedName[name.name=/^(innerHTML|outerHTML)$/]',
    message: 'Do not set innerHTML through a prop: Solid does not sanitise it.',
  },
];

/** Dynamic imports slip past no-restricted-imports. */
const dynamicDexieImport = {
  selector: "ImportExpression[source.value=/^dexie(\\u002F|$)/]",
  message: DEXIE_ONLY_IN_DB,
};

export default defineConfig([
  globalIgnores([
    'dist/',
    '.astro/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'bench-results/',
    '**/*.astro',
  ]),
  {
    files: TS_FILES,
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `interface TurbineDB extends TurbineTables {}` is how src/db merges the table
      // list into the Dexie class; an empty interface with one base is that idiom.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: DEXIE_ONLY_IN_DB }],
          patterns: [{ group: ['dexie/*'], message: DEXIE_ONLY_IN_DB }],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'insertAdjacentHTML', message: 'Do not use insertAdjacentHTML: build DOM nodes or use JSX.' },
      ],
      'no-restricted-syntax': ['error', ...htmlInjection, dynamicDexieImport],
    },
  },
  {
    // Imports name their .ts/.tsx file, so Node's resolver finds every one; type-only
    // imports count too, since a type cycle ties the layers together just the same.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/**/*.tsx'],
    ...solid,
    rules: {
      ...solid.rules,
      'solid/no-innerhtml': ['error', { allowStatic: false }],
    },
  },
  {
    // The storage layer is the one place Dexie belongs.
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      'no-restricted-syntax': ['error', ...htmlInjection],
    },
  },
]);
