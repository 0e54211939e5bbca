import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './build/csp';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'dist/main',
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'dist/preload',
      // A sandboxed preload can require only 'electron': bundle zod and shared/ into it.
      externalizeDeps: false,
      // A sandboxed preload cannot load ES modules.
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [
      react(),
      {
        // The dev server needs inline scripts for hot reload; the built app gets the strict policy.
        name: 'coalition-csp',
        apply: 'build',
        // frame-ancestors only works as a header (the app protocol sends it); in a meta tag the
        // browser ignores it and logs an error, so the meta copy leaves it out.
        transformIndexHtml: (html: string) =>
          html.replace(
            '<head>',
            `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy.replace(/;\s*frame-ancestors [^;]*/, '')}" />`,
          ),
      },
    ],
    worker: { format: 'es' },
    build: {
      outDir: resolve(root, 'dist/renderer'),
      emptyOutDir: true,
      sourcemap: false,
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
