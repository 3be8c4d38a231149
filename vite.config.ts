import {defineConfig} from 'vite';
import react from '@vitejs/plugin-react';

// base './' so the built app works from any sub-path (embedding, static hosting).
export default defineConfig({
  base: './',
  plugins: [react()],
  server: {port: 5173},
  preview: {port: 4173},
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Data files stay separate, fingerprinted assets so they cache independently of code.
    assetsInlineLimit: 0,
  },
  css: {preprocessorOptions: {scss: {quietDeps: true, loadPaths: ['node_modules']}}},
});
