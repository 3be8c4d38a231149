// npm run bench's peer pages and its local web server. The peers (bench/peers/*.html) are built
// into bench/.build/peers/ with local copies of Leaflet and MapLibre from node_modules, the raw
// STP GeoJSON and each STP's region colour, and the raw 2026 unit GeoJSON with each unit's ICB
// colour (bench-peer-2026.ts), so the bench needs no network beyond localhost.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {ROOT} from './args';
import {writePeer2026} from './bench-peer-2026';

export const RAW_GEOJSON = 'stp/STP_Apr2018_EN_BUC_WGS84_derived.geojson';

interface OptionsFile {
  options: {
    id: string;
    regions: {id: string; colour: string}[];
    assignments: Record<string, string>;
  }[];
}

/** STP code → fill colour under the app's default option (the revised proposal), from data/england-2018/options.json. */
export function regionColours(optionId = 'revised'): Record<string, string> {
  const file = JSON.parse(
    readFileSync(path.join(ROOT, 'data/england-2018/options.json'), 'utf8'),
  ) as OptionsFile;
  const option = file.options.find((o) => o.id === optionId);
  if (!option) throw new Error(`data/england-2018/options.json has no option "${optionId}".`);
  const colour = new Map(option.regions.map((r) => [r.id, r.colour]));
  return Object.fromEntries(
    Object.entries(option.assignments).map(([stp, region]) => [
      stp,
      colour.get(region) ?? '#cccccc',
    ]),
  );
}

/**
 * Builds bench/.build/peers/ from bench/peers/. The raw folder is FOOTPRINT_RAW_DIR, else
 * ../shared/data/raw beside the checkout (the raw GeoJSON is never committed). Throws, naming
 * the file, when the raw GeoJSON is missing. Returns the folder.
 */
export function buildPeers(dist = path.join(ROOT, 'dist')): string {
  const rawDir = path.resolve(
    process.env.FOOTPRINT_RAW_DIR ?? path.join(ROOT, '../shared/data/raw'),
  );
  const geojson = path.join(rawDir, RAW_GEOJSON);
  if (!existsSync(geojson))
    throw new Error(
      `Raw GeoJSON not found: ${geojson}. Set FOOTPRINT_RAW_DIR to the raw data folder.`,
    );
  const out = path.join(ROOT, 'bench/.build/peers');
  rmSync(out, {recursive: true, force: true});
  mkdirSync(path.join(out, 'vendor'), {recursive: true});
  for (const page of ['leaflet.html', 'maplibre.html', 'one-word.html'])
    copyFileSync(path.join(ROOT, 'bench/peers', page), path.join(out, page));
  const vendor: [string, string][] = [
    ['leaflet/dist/leaflet.js', 'leaflet.js'],
    ['leaflet/dist/leaflet.css', 'leaflet.css'],
    ['maplibre-gl/dist/maplibre-gl.mjs', 'maplibre-gl.mjs'],
    ['maplibre-gl/dist/maplibre-gl-worker.mjs', 'maplibre-gl-worker.mjs'],
    ['maplibre-gl/dist/maplibre-gl.css', 'maplibre-gl.css'],
  ];
  for (const [from, to] of vendor)
    copyFileSync(path.join(ROOT, 'node_modules', from), path.join(out, 'vendor', to));
  copyFileSync(geojson, path.join(out, 'stps.geojson'));
  writeFileSync(path.join(out, 'regions.json'), JSON.stringify(regionColours()));
  writePeer2026(rawDir, out);
  const built = path.join(dist, 'index.html');
  if (existsSync(built))
    writeFileSync(path.join(out, 'footprint-static.html'), htmlAlone(readFileSync(built, 'utf8')));
  return out;
}

/** Footprint's built page with every script and stylesheet taken out: the prerendered map as
 * bare HTML and SVG, the floor of what drawing that map costs (a reference row, not a peer). */
export function htmlAlone(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link\b[^>]*>/g, '');
}

/** One response: when the server finished sending it (ms since epoch) and its bytes (headers + body as sent). */
export interface Sent {
  path: string;
  end: number;
  bytes: number;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * A static server on 127.0.0.1 for dist/ at / and the peers at /peers/, gzip (level 9, as
 * npm run size counts) for text, no caching headers: each cold load starts from an empty
 * cache anyway (a new browser context). Every page gets the same server.
 */
export async function serve(
  dist: string,
  peers: string,
): Promise<{url: string; server: Server; log: Sent[]}> {
  const cache = new Map<string, Buffer>();
  const log: Sent[] = [];
  const server = createServer((req, res) => {
    // Count on the server: the browser does not report its workers' requests (MapLibre's worker).
    let bytes = 0;
    const end = res.end.bind(res) as (body?: Buffer | string) => typeof res;
    res.end = ((body?: Buffer | string) => {
      bytes = typeof body === 'string' ? Buffer.byteLength(body) : (body?.length ?? 0);
      return end(body);
    }) as typeof res.end;
    res.on('finish', () => {
      const headers = Object.entries(res.getHeaders()).reduce(
        (n, [k, v]) => n + k.length + String(v).length + 4,
        17,
      );
      log.push({path: url.pathname, end: Date.now(), bytes: bytes + headers});
    });
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [root, rel] = url.pathname.startsWith('/peers/')
      ? [peers, url.pathname.slice(7)]
      : [dist, url.pathname.slice(1)];
    const file = path.join(root, decodeURIComponent(rel) || 'index.html');
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('Not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    if (type.startsWith('image/png') || !/gzip/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, {'Content-Type': type}).end(body);
      return;
    }
    if (!cache.has(file)) cache.set(file, gzipSync(body, {level: 9}));
    res.writeHead(200, {'Content-Type': type, 'Content-Encoding': 'gzip'}).end(cache.get(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server, log};
}
