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
    // expect.poll waits for what a real shop does after a click (an AJAX answer, a list reloaded): Vitest's 1 s default
    // is too short for PrestaShop 9 on a busy machine (journey 5's assign failed after 1 s, its screenshot shows it done).
    expect: { poll: { timeout: 15_000, interval: 200 } },
  },
});
