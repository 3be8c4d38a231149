// The England 2026 Leaflet peer's files (issue 20: the 2026 map against a Leaflet page drawing
// the same 108 units): the collector's unit GeoJSON the data build reads (RAW_2026.unitShapes),
// and each unit's fill under the geography's default option, from data/england-2026/.
import {copyFileSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {ROOT} from './args';
import {RAW_2026} from './england-2026/raw';
import {unitCode} from './england-2026/units';

/** The peer page's query for the 2026 units: its GeoJSON, colours and the feature property
 * that keys the colours (bench/peers/leaflet.html reads them). */
export const PEER_2026_QUERY = '?shapes=units-2026.geojson&colours=units-2026.json&key=unit_id';

interface UnitFeature {
  properties: {unit_id: string; sicbl23cd: string; sicbl26cd: string};
}
interface Options2026 {
  options: {
    id: string;
    regions: {id: string; colour: string}[];
    assignments: Record<string, string>;
  }[];
}

/**
 * GeoJSON `unit_id` ("<2023 SICBL>_<2026 SICBL>") → the app's unit code, as the data build
 * names units (unitCode in scripts/lib/england-2026/units.ts).
 */
export function unitCodes(features: readonly UnitFeature[]): Map<string, string> {
  const pieces = new Map<string, number>();
  for (const f of features)
    pieces.set(f.properties.sicbl23cd, (pieces.get(f.properties.sicbl23cd) ?? 0) + 1);
  return new Map(
    features.map((f) => {
      const {unit_id: id, sicbl23cd: whole, sicbl26cd: piece} = f.properties;
      return [id, unitCode(whole, piece, pieces.get(whole) === 1)];
    }),
  );
}

/**
 * Writes units-2026.geojson (a copy of the raw file) and units-2026.json (unit_id → fill colour
 * under the manifest's default option) into `out`. Throws, naming the file, when the raw
 * GeoJSON is missing or a unit has no colour (the peer would draw a different map).
 */
export function writePeer2026(rawDir: string, out: string): void {
  const geojson = path.join(rawDir, RAW_2026.folder, RAW_2026.unitShapes);
  if (!existsSync(geojson)) throw new Error(`Raw 2026 unit GeoJSON not found: ${geojson}.`);
  const data = path.join(ROOT, 'data/england-2026');
  const manifest = JSON.parse(readFileSync(path.join(data, 'manifest.json'), 'utf8')) as {
    defaultOption: string;
  };
  const file = JSON.parse(readFileSync(path.join(data, 'options.json'), 'utf8')) as Options2026;
  const option = file.options.find((o) => o.id === manifest.defaultOption);
  if (!option)
    throw new Error(`data/england-2026/options.json has no option "${manifest.defaultOption}".`);
  const colour = new Map(option.regions.map((r) => [r.id, r.colour]));
  const {features} = JSON.parse(readFileSync(geojson, 'utf8')) as {features: UnitFeature[]};
  const colours: Record<string, string> = {};
  for (const [id, code] of unitCodes(features)) {
    const fill = colour.get(option.assignments[code] ?? '');
    if (!fill)
      throw new Error(`${geojson}: unit ${id} (${code}) has no colour under ${option.id}.`);
    colours[id] = fill;
  }
  copyFileSync(geojson, path.join(out, 'units-2026.geojson'));
  writeFileSync(path.join(out, 'units-2026.json'), JSON.stringify(colours));
}
