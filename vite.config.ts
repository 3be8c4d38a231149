import {defineConfig} from 'vite';
import react from '@vitejs/plugin-react';
import {fileURLToPath} from 'node:url';
import {visualizer} from 'rollup-plugin-visualizer';

// ANALYZE=1 vite build also writes the bundle's composition (stats/bundle.html treemap and
// stats/bundle.json raw data, gzip sizes per module) — see scripts/bundle-report.ts.
const analyze = process.env.ANALYZE === '1';

// base './' so the built app works from any sub-path (embedding, static hosting).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    analyze && visualizer({filename: 'stats/bundle.html', template: 'treemap', gzipSize: true}),
    analyze && visualizer({filename: 'stats/bundle.json', template: 'raw-data', gzipSize: true}),
  ],
  server: {port: 5173},
  preview: {port: 4173},
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
