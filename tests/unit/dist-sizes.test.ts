// npm run size's reading of a build: which files count as before the first painted map.
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {allFiles, firstPaintFiles, total} from '../../scripts/lib/dist-sizes';

/** A toy dist/: index.html → main.js → shared.js; a lazy map chunk with a worker; a start and a lazy data file. */
function toyDist(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'footprint-size-'));
  mkdirSync(path.join(dist, 'assets'));
  mkdirSync(path.join(dist, '.vite'));
  const files: Record<string, string> = {
    'index.html':
      '<script type="module" crossorigin src="./assets/main.js"></script>' +
      '<link rel="modulepreload" crossorigin href="./assets/shared.js"><link rel="stylesheet" href="./assets/main.css"><link rel="icon" href="data:,">',
    'assets/main.js': 'main'.repeat(100),
    'assets/shared.js': 'shared',
    'assets/main.css': 'css',
    'assets/map.js': 'map'.repeat(1000),
    'assets/worker.mjs': 'worker',
    'assets/export.js': 'export',
    'assets/stps.json': '{"stps": []}',
    'assets/ccgs.json': '{"ccgs": []}',
    '.vite/manifest.json': JSON.stringify({
      'index.html': {
        file: 'assets/main.js',
        isEntry: true,
        imports: ['_shared.js'],
        css: ['assets/main.css'],
        dynamicImports: ['src/map/index.ts', 'src/export.ts'],
      },
      '_shared.js': {file: 'assets/shared.js', assets: ['assets/stps.json', 'assets/ccgs.json']},
      'src/map/index.ts': {
        file: 'assets/map.js',
        imports: ['_shared.js'],
        assets: ['assets/worker.mjs'],
      },
      'src/export.ts': {file: 'assets/export.js'},
      'data/stps.json': {file: 'assets/stps.json'},
      'data/ccgs.json': {file: 'assets/ccgs.json'},
    }),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dist, name), text);
  return dist;
}

const names = (files: {file: string}[]) => files.map((f) => f.file).sort();

describe('firstPaintFiles', () => {
  it('counts the page, its static imports and CSS, the listed dynamic modules with their worker, and the start data', () => {
    const dist = toyDist();
    const files = firstPaintFiles(dist, {
      page: 'index.html',
      dynamicModules: ['src/map/index.ts'],
      startData: ['data/stps.json'],
      needsScripts: true,
    });
    expect(names(files)).toEqual([
      'assets/main.css',
      'assets/main.js',
      'assets/map.js',
      'assets/shared.js',
      'assets/stps.json',
      'assets/worker.mjs',
      'index.html',
    ]);
    expect(files.find((f) => f.file === 'assets/map.js')?.why).toBe(
      'loaded at start: src/map/index.ts',
    );
  });

  it('leaves out lazy chunks and data not listed', () => {
    const files = firstPaintFiles(toyDist(), {
      page: 'index.html',
      dynamicModules: [],
      startData: [],
      needsScripts: true,
    });
    expect(names(files)).toEqual([
      'assets/main.css',
      'assets/main.js',
      'assets/shared.js',
      'index.html',
    ]);
  });

  it('with the map prerendered, counts only what holds the first paint: the HTML, stylesheets and classic head scripts', () => {
    const dist = toyDist();
    writeFileSync(
      path.join(dist, 'index.html'),
      '<script src="./first-paint.js"></script><link rel="stylesheet" href="./first-paint.css">' +
        '<script type="module" crossorigin src="./assets/main.js"></script><link rel="modulepreload" crossorigin href="./assets/shared.js"><link rel="stylesheet" href="./assets/main.css">',
    );
    writeFileSync(path.join(dist, 'first-paint.js'), 'js');
    writeFileSync(path.join(dist, 'first-paint.css'), 'css');
    const files = firstPaintFiles(dist, {
      page: 'index.html',
      dynamicModules: [],
      startData: [],
      needsScripts: false,
    });
    expect(names(files)).toEqual([
      'assets/main.css',
      'first-paint.css',
      'first-paint.js',
      'index.html',
    ]);
  });

  it("counts a page's own first-paint script by its name (the embed's first-paint-embed.js)", () => {
    const dist = toyDist();
    writeFileSync(
      path.join(dist, 'index.html'),
      '<script src="./first-paint-embed.js"></script><script src="./other.js"></script>',
    );
    writeFileSync(path.join(dist, 'first-paint-embed.js'), 'js');
    writeFileSync(path.join(dist, 'other.js'), 'js');
    const spec = {page: 'index.html', dynamicModules: [], startData: [], needsScripts: false};
    expect(names(firstPaintFiles(dist, spec))).toEqual(['first-paint-embed.js', 'index.html']);
  });

  it('refuses a listed module or data file the build does not have, so the list cannot go stale', () => {
    const dist = toyDist();
    expect(() =>
      firstPaintFiles(dist, {
        page: 'index.html',
        dynamicModules: ['src/map/gone.ts'],
        startData: [],
        needsScripts: true,
      }),
    ).toThrow(/src\/map\/gone\.ts is not in/);
    expect(() =>
      firstPaintFiles(dist, {
        page: 'index.html',
        dynamicModules: [],
        startData: ['data/gone.json'],
        needsScripts: true,
      }),
    ).toThrow(/data\/gone\.json is not in/);
  });
});

describe('allFiles', () => {
  it('sizes every file but the build metadata, gzip smaller than raw for repetitive text', () => {
    const files = allFiles(toyDist());
    expect(files).toHaveLength(9);
    expect(files.some((f) => f.file.startsWith('.vite'))).toBe(false);
    const map = files.find((f) => f.file === 'assets/map.js')!;
    expect(map.bytes).toBe(3000);
    expect(map.gzip).toBeLessThan(100);
    expect(total(files, 'bytes')).toBeGreaterThan(total(files, 'gzip'));
  });
});
