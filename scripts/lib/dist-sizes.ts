// Sizes of the built app (dist/), shared by npm run size (scripts/check-size.ts) and npm run bench.
// Which files a page needs before its map can paint is read from the built HTML and Vite's
// manifest (build.manifest: dist/.vite/manifest.json), so it follows the code as chunks change.
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

export interface FileSize {
  /** Path inside dist/, e.g. "assets/main-s4W1SVFI.js". */
  file: string;
  bytes: number;
  /** gzip -9, as a static host would send it. */
  gzip: number;
  /** Why it is in the set (first-paint list only). */
  why?: string;
}

interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  css?: string[];
  assets?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface FirstPaintSpec {
  /** The page, relative to dist/ ("index.html"). */
  page: string;
  /** Source modules the page imports dynamically but waits for before the map paints. */
  dynamicModules: string[];
  /** Data files (as in the source tree, "data/stps.topo.json") fetched at start. */
  startData: string[];
  /** Whether the map paints only after the page's JavaScript ran. False when the map is
   * prerendered into the HTML: then only render-blocking files count (stylesheets and classic
   * scripts in <head>; module scripts are deferred and do not hold the first paint). */
  needsScripts: boolean;
}

export function sizeOf(dist: string, file: string, why?: string): FileSize {
  const buf = readFileSync(path.join(dist, file));
  return {file, bytes: buf.length, gzip: gzipSync(buf, {level: 9}).length, ...(why ? {why} : {})};
}

/** Every file a visitor can be sent (dist/ less Vite's .vite/ build metadata), largest gzip first. */
export function allFiles(dist: string): FileSize[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(dist, dir)).flatMap((name) => {
      const rel = path.posix.join(dir, name);
      if (rel === '.vite') return [];
      return statSync(path.join(dist, rel)).isDirectory() ? walk(rel) : [rel];
    });
  return walk('')
    .map((f) => sizeOf(dist, f))
    .sort((a, b) => b.gzip - a.gzip);
}

/**
 * The built files of one geography's data folder (data/<id>/ in Vite's manifest), by geography
 * id: a geography other than the default is only fetched when a link or the page chooses it.
 */
export function geographyFiles(dist: string, id: string): FileSize[] {
  const manifest = readManifest(dist);
  const prefix = `data/${id}/`;
  return Object.entries(manifest)
    .filter(([key]) => key.startsWith(prefix))
    .map(([key, chunk]) => sizeOf(dist, chunk.file, key))
    .sort((a, b) => b.gzip - a.gzip);
}

function readManifest(dist: string): Manifest {
  const file = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(file))
    throw new Error(`${file} is missing: build with build.manifest: true (vite.config.ts).`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** The files the page's HTML asks for up front: module scripts, modulepreloads, stylesheets. */
function htmlReferences(dist: string, page: string): string[] {
  const html = readFileSync(path.join(dist, page), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.?\/?([^"]+)"[^>]*>/g)]
    .filter((m) => /^<script\b|rel="(?:modulepreload|stylesheet)"/.test(m[0]))
    .map((m) => m[1]!)
    .filter((ref) => !ref.startsWith('data:'));
  return refs.map((ref) => path.posix.normalize(path.posix.join(path.posix.dirname(page), ref)));
}

/**
 * What the page loads before its map can paint: the HTML, what it references, the static
 * import closure of its entry (JS and CSS), the listed dynamic modules with their closure and
 * assets (e.g. MapLibre's worker), and the listed start data files. Throws when a listed
 * module or data file is not in the manifest, so the list cannot silently go stale.
 */
export function firstPaintFiles(dist: string, spec: FirstPaintSpec): FileSize[] {
  const manifest = readManifest(dist);
  const files = new Map<string, string>();
  const add = (file: string, why: string) => files.has(file) || files.set(file, why);
  const addClosure = (key: string, why: string, withAssets: boolean, seen = new Set<string>()) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk)
      throw new Error(
        `${key} is not in dist/.vite/manifest.json: update the first-paint list in scripts/check-size.ts.`,
      );
    add(chunk.file, why);
    for (const css of chunk.css ?? []) add(css, why);
    if (withAssets) for (const a of chunk.assets ?? []) if (!a.endsWith('.json')) add(a, why);
    for (const imp of chunk.imports ?? []) addClosure(imp, why, withAssets, seen);
  };
  add(spec.page, 'page');
  for (const ref of htmlReferences(dist, spec.page)) {
    if (spec.needsScripts || ref.endsWith('.css') || /^first-paint[\w-]*\.js$/.test(ref))
      add(ref, 'in the HTML');
  }
  if (!spec.needsScripts)
    return [...files].map(([file, why]) => sizeOf(dist, file, why)).sort((a, b) => b.gzip - a.gzip);
  addClosure(spec.page, 'entry', false);
  for (const mod of spec.dynamicModules) addClosure(mod, `loaded at start: ${mod}`, true);
  for (const data of spec.startData) {
    const chunk = manifest[data];
    if (!chunk)
      throw new Error(
        `${data} is not in dist/.vite/manifest.json: update the start data list in scripts/check-size.ts.`,
      );
    add(chunk.file, 'start data');
  }
  return [...files].map(([file, why]) => sizeOf(dist, file, why)).sort((a, b) => b.gzip - a.gzip);
}

export const total = (files: FileSize[], key: 'bytes' | 'gzip') =>
  files.reduce((sum, f) => sum + f[key], 0);
/** Kibibytes with one decimal: sizes here are in KB of 1,024 bytes. */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
