// Geometry work is done by mapshaper (projection, generalisation, TopoJSON encoding, interior
// points): no hand-rolled reprojection or simplification. The raw shapefiles are British
// National Grid; their .prj carries no datum shift, so we name EPSG:27700 explicitly to get the
// OSGB36 → WGS84 Helmert transform (otherwise every vertex is ~100 m off).
import mapshaper from 'mapshaper';
import type {Topology} from 'topojson-specification';
import {BuildError} from './raw';

/** ~50 m steps across England: far finer than the 500 m generalisation of the BUC boundaries. */
const QUANTIZATION = 10000;

async function run(commands: string, outName: string): Promise<Topology> {
  let out: Record<string, Buffer | string>;
  try {
    out = await mapshaper.applyCommands(
      `${commands} -o ${outName} format=topojson quantization=${QUANTIZATION}`,
    );
  } catch (err) {
    throw new BuildError(`mapshaper failed: ${(err as Error).message}`);
  }
  const text = out[outName];
  if (!text) throw new BuildError(`mapshaper wrote no ${outName}`);
  return JSON.parse(text.toString()) as Topology;
}

const q = (file: string) => JSON.stringify(file);

/** STPs with ONS code and name, land area (computed in metres on the grid, before
 * projecting) and an interior label point. */
export function stpTopology(shp: string): Promise<Topology> {
  return run(
    `-i ${q(shp)} -each 'areaKm2 = this.area / 1e6' -proj wgs84 init=EPSG:27700 ` +
      `-each 'ax = this.innerX, ay = this.innerY' -filter-fields stp18cd,stp18nm,areaKm2,ax,ay ` +
      `-sort stp18cd -rename-layers areas`,
    'stps.json',
  );
}

/** Wales and Scotland only, lightly generalised: they are context, not data. */
export function contextTopology(shp: string): Promise<Topology> {
  return run(
    `-i ${q(shp)} -filter 'ctry18c != "E92000001"' -proj wgs84 init=EPSG:27700 ` +
      `-filter-islands min-area=20km2 remove-empty -simplify 30% keep-shapes ` +
      `-filter-fields ctry18c,ctry18nm -sort ctry18c -rename-layers context`,
    'countries.json',
  );
}

/** CCGs: already WGS84; generalised to roughly the STP layer's level of detail, with an
 * interior label point of the shape as drawn (`ax`, `ay`), as for the STPs. */
export function ccgTopology(json: string): Promise<Topology> {
  return run(
    `-i ${q(json)} -simplify 20% keep-shapes -each 'ax = this.innerX, ay = this.innerY' ` +
      `-filter-fields name,ax,ay -rename-layers parts`,
    'ccgs.json',
  );
}

/** CCG name → area in km² of the full-detail shape, measured on the British National Grid like
 * the STPs' (projected there first, with the datum shift: see the header). */
export async function ccgGridAreas(json: string): Promise<Map<string, number>> {
  let out: Record<string, Buffer | string>;
  try {
    out = await mapshaper.applyCommands(
      `-i ${q(json)} -proj EPSG:27700 init=wgs84 -each 'areaKm2 = this.area / 1e6' -filter-fields name,areaKm2 -o format=json areas.json`,
    );
  } catch (err) {
    throw new BuildError(`mapshaper failed to measure the CCGs: ${(err as Error).message}`);
  }
  const rows = JSON.parse(String(out['areas.json'] ?? '[]')) as {name: string; areaKm2: number}[];
  return new Map(rows.map((r) => [r.name, r.areaKm2]));
}
