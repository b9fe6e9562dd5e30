// @ts-check
import { defineConfig } from 'astro/config';
import solid from '@astrojs/solid-js';
import { createRequire } from 'node:module';

// mdast-util-from-markdown (Monzo's prose frameworks) runs in the framework worker, which has no
// `document`; its dependency decode-named-character-reference picks a DOM-based decoder under the
// "browser" condition that Vite also applies to workers. Its plain build (an entity table) works anywhere.
const decodeEntity = createRequire(import.meta.url).resolve('decode-named-character-reference');
// Dexie's package entry wraps its ES5 UMD build; its own ES2018 module build is the same
// library 1.8 KB (gzip) smaller, and every page that reads the workspace ships it.
const dexieModern = createRequire(import.meta.url).resolve('dexie/dist/modern/dexie.mjs');

// Static output: Turbine has no server. Every route is prerendered and its
// islands open IndexedDB in the browser.
export default defineConfig({
  output: 'static',
  integrations: [solid()],
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Hashed CSP meta tag on every page: only our own bundled scripts may run.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // No syntax highlighting: the guides have no code blocks, and Astro's default
  // highlighter (Shiki) colours code with inline style attributes, which the CSP
  // above would block (the build warns about it). Plain <pre><code> needs neither.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    plugins: [
      {
        // No preload list for dynamic imports in the browser build: each one (database upgrade
        // steps, Home's Learn lines) loads only when needed, mostly from files the page already
        // has, and its list of dependencies would cost every visit of Home about 0.4 KB (gzip).
        name: 'turbine:no-module-preload-list',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
    resolve: { alias: [{ find: /^decode-named-character-reference$/, replacement: decodeEntity }, { find: /^dexie$/, replacement: dexieModern }] },
  },
});
