/**
 * End-to-end journeys (tests/e2e) run in Node with playwright-core driving
 * Debian's Chromium against a real PrestaShop given by EBPDOCS_E2E_* settings.
 * `npm run test:e2e`; tests/run.sh only calls it when a shop is configured.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../../admin-ui/src', import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    globals: true,
    include: ['tests/e2e/**/*.spec.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
