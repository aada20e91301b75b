import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Inlined assets would need `data:` in more CSP directives; keep every asset a same-origin file.
    assetsInlineLimit: 0,
    sourcemap: false,
    // The budget is for phones: warn when any chunk is over 100 KB before compression would be too
    // noisy (the PDF writer is lazy and large), so the bench checks the first-load bytes instead.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
