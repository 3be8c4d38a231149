// Serves the built app (dist/) for the browser tests and tells them where.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {preview, type Plugin, type PreviewServer} from 'vite';
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
    plugins: [testGeographies()],
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
}

/** The tests' own geographies (built by `npm run data` into tests/fixtures/geographies/) at
 * geographies/<id>/ beside the page, where a host would put an extra geography. */
function testGeographies(): Plugin {
  const root = path.resolve('tests/fixtures/geographies');
  return {
    name: 'footprint-test-geographies',
    configurePreviewServer(server) {
      server.middlewares.use('/geographies', (req, res, next) => {
        const file = path.join(root, decodeURIComponent((req.url ?? '/').split('?')[0]!));
        if (!file.startsWith(root + path.sep) || !file.endsWith('.json') || !existsSync(file))
          return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(file));
      });
    },
  };
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
