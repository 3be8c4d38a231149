// Serves the built app (dist/) for the browser tests and tells them where.
import {existsSync} from 'node:fs';
import {preview, type PreviewServer} from 'vite';
import type {TestProject} from 'vitest/node';

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  // FOOTPRINT_DIST lets several builds be tested side by side (e.g. a branch's own dist).
  const outDir = process.env.FOOTPRINT_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(`${outDir}/ is missing: run \`npm run build\` before the browser tests`);
  }
  server = await preview({
    build: {outDir},
    preview: {port: 0, strictPort: false, host: '127.0.0.1'},
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
