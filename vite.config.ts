/**
 * Vite builds the back-office app (admin-ui/, never shipped) into the module:
 *   module/views/js/admin-app/app.js   (one classic script, no hashed names)
 *   module/views/css/admin-app/app.css (one stylesheet)
 * Both are git-ignored build output. The module adds them with `?v=<version>`.
 * Vitest's unit tests for the app are configured below (`test:`).
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const appRoot = fileURLToPath(new URL('./admin-ui', import.meta.url));
const outDir = fileURLToPath(new URL('./module/views', import.meta.url));
const alias = { '@': fileURLToPath(new URL('./admin-ui/src', import.meta.url)) };

/** Target for the whole gzipped JavaScript of the app (kB = 1000 bytes, as Vite reports). */
const JS_GZIP_BUDGET_BYTES = 100 * 1000;

/** Prints the gzipped size of each emitted file and the JS total against the budget. */
function gzipReport(): Plugin {
  return {
    name: 'ebpdocuments-gzip-report',
    apply: 'build',
    writeBundle(_options, bundle) {
      const rows: Array<{ file: string; raw: number; gzip: number; js: boolean }> = [];
      for (const [file, chunk] of Object.entries(bundle)) {
        const source = chunk.type === 'chunk' ? chunk.code : chunk.source;
        const bytes = typeof source === 'string' ? Buffer.from(source) : Buffer.from(source);
        rows.push({ file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, js: file.endsWith('.js') });
      }
      rows.sort((a, b) => a.file.localeCompare(b.file));
      const kb = (n: number): string => `${(n / 1000).toFixed(2)} kB`;
      const width = Math.max(...rows.map((r) => r.file.length), 10);
      console.log('\nebpdocuments bundle sizes (module/views/):');
      for (const r of rows) {
        console.log(`  ${r.file.padEnd(width)}  ${kb(r.raw).padStart(11)}  gzip ${kb(r.gzip).padStart(10)}`);
      }
      const jsGzip = rows.filter((r) => r.js).reduce((sum, r) => sum + r.gzip, 0);
      const verdict = jsGzip <= JS_GZIP_BUDGET_BYTES ? 'OK' : 'OVER BUDGET';
      console.log(`  total JS gzip: ${kb(jsGzip)} / budget ${kb(JS_GZIP_BUDGET_BYTES)} -> ${verdict}\n`);
      if (jsGzip > JS_GZIP_BUDGET_BYTES && process.env.EBPDOCS_ENFORCE_BUDGET === '1') {
        this.error(`total gzipped JS ${kb(jsGzip)} exceeds the ${kb(JS_GZIP_BUDGET_BYTES)} budget`);
      }
    },
  };
}

export default defineConfig({
  root: appRoot,
  base: './',
  plugins: [vue(), gzipReport()],
  resolve: { alias },
  build: {
    outDir,
    emptyOutDir: false,
    sourcemap: false,
    cssCodeSplit: false,
    copyPublicDir: false,
    rollupOptions: {
      input: fileURLToPath(new URL('./admin-ui/src/main.ts', import.meta.url)),
      output: {
        // A classic script (the back office adds it with a plain <script src>);
        // iife bundles everything, dynamic imports included, into app.js.
        format: 'iife',
        entryFileNames: 'js/admin-app/app.js',
        chunkFileNames: 'js/admin-app/[name].js',
        assetFileNames: (asset) =>
          (asset.names ?? []).some((n) => n.endsWith('.css'))
            ? 'css/admin-app/app.css'
            : 'js/admin-app/assets/[name][extname]',
      },
    },
  },
  test: {
    root: repoRoot,
    environment: 'jsdom',
    globals: true,
    include: ['tests/admin-ui/**/*.spec.ts'],
    benchmark: { include: ['tests/admin-ui/**/*.bench.ts'] },
    restoreMocks: true,
    passWithNoTests: false,
  },
});
