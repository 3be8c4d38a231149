import {defineConfig} from 'vite';
import react from '@vitejs/plugin-react';
import {fileURLToPath} from 'node:url';
import {CONTENT_SECURITY_POLICY} from './scripts/lib/csp';

// base './' so the built app works from any sub-path (embedding, static hosting).
export default defineConfig({
  base: './',
  plugins: [react()],
  server: {port: 5173},
  // `vite preview` serves the built app as a host should (README, "Hosting"), so every
  // browser test runs under the policy and fails on a violation (tests/e2e/guard.ts).
  preview: {port: 4173, headers: {'Content-Security-Policy': CONTENT_SECURITY_POLICY}},
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Data files stay separate, fingerprinted assets so they cache independently of code.
    assetsInlineLimit: 0,
    // Three pages: the app, the embed for other sites' iframes, and the printable board pack.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        embed: fileURLToPath(new URL('embed.html', import.meta.url)),
        boardPack: fileURLToPath(new URL('board-pack.html', import.meta.url)),
      },
    },
  },
  css: {preprocessorOptions: {scss: {quietDeps: true, loadPaths: ['node_modules']}}},
});
