import {defineConfig} from 'vite';
import react from '@vitejs/plugin-react';
import {fileURLToPath} from 'node:url';
import {visualizer} from 'rollup-plugin-visualizer';

// ANALYZE=1 vite build also writes the bundle's composition (stats/bundle.html treemap and
// stats/bundle.json raw data, gzip sizes per module) — see scripts/bundle-report.ts.
const analyze = process.env.ANALYZE === '1';

// The Content-Security-Policy every Footprint page is served with (docs/hosting.md).
// Here, not in its own module: Vite's config loader prefers no extension-less local imports.
// No 'unsafe-inline' and no 'unsafe-eval': a link's text can never become running script or
// style. blob: for workers (ours loads MapLibre's from a file, but MapLibre can build one from a blob) and
// exported images; data: for the empty favicon and image downloads. frame-ancestors *: any
// site may embed the map (embed.html is made for iframes).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  'frame-ancestors *',
].join('; ');

// base './' so the built app works from any sub-path (embedding, static hosting).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    analyze && visualizer({filename: 'stats/bundle.html', template: 'treemap', gzipSize: true}),
    analyze && visualizer({filename: 'stats/bundle.json', template: 'raw-data', gzipSize: true}),
  ],
  server: {port: 5173},
  // `vite preview` serves the built app as a host should (docs/hosting.md), so every
  // browser test runs under the policy and fails on a violation (tests/e2e/guard.ts).
  preview: {port: 4173, headers: {'Content-Security-Policy': CONTENT_SECURITY_POLICY}},
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // dist/.vite/manifest.json: which chunks, CSS and assets each page loads (scripts/check-size.ts).
    manifest: true,
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
