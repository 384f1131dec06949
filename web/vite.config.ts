/**
 * Vite configuration of the web view
 *
 * The app lives in web/ and builds to web/dist with relative asset paths, so src/server/serve.ts can
 * serve it from any port. The dev server stays on loopback and may read the sample text in samples/.
 * Two pages: the view (index.html) and the benchmark's plain sigma baseline (plain.html). The
 * sample graph is built here, at build time (sample-plugin.ts), not in the page.
 */

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { sampleGraphPlugin } from './sample-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [sampleGraphPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    rollupOptions: {
      // plain.html: sigma alone on the served graph, the baseline of scripts/bench-web.ts.
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        plain: fileURLToPath(new URL('plain.html', import.meta.url)),
      },
      output: {
        chunkFileNames: (chunk) =>
          chunk.name.includes('kg-sample-graph')
            ? 'assets/sample-graph-[hash].js'
            : 'assets/[name]-[hash].js',
      },
      // the sample graph's extraction (sample-plugin.ts) takes seconds of the build, as expected
      checks: { pluginTimings: false },
    },
  },
  server: { host: '127.0.0.1', fs: { allow: ['..'] } },
  preview: { host: '127.0.0.1' },
});
