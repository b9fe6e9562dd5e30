// @ts-check
import { defineConfig } from 'astro/config';
import solid from '@astrojs/solid-js';

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
  devToolbar: { enabled: false },
});
