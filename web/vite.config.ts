/**
 * Vite configuration of the web view
 *
 * The app lives in web/ and builds to web/dist with relative asset paths, so src/server/serve.ts can
 * serve it from any port. The dev server stays on loopback and may read the sample text in samples/.
 */

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
  },
  server: { host: '127.0.0.1', fs: { allow: ['..'] } },
  preview: { host: '127.0.0.1' },
});
