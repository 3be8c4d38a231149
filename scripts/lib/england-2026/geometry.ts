// The units' shapes: the collector's dissolves of the ONS LSOA 2021 boundaries (BSC), checked
// against the official ONS boundaries by overlap, then generalised and quantized with mapshaper
// as the 2018 STPs are (see ../geometry.ts).
import mapshaper from 'mapshaper';
import type {Topology} from 'topojson-specification';
import {BuildError} from '../raw';

const q = (file: string) => JSON.stringify(file);

async function apply(commands: string, outName: string, what: string): Promise<string> {
  let out: Record<string, Buffer | string>;
  try {
    out = await mapshaper.applyCommands(
      `${commands} -o format=${outName.endsWith('.topo.json') ? 'topojson quantization=10000' : 'json'} ${outName}`,
    );
  } catch (err) {
    throw new BuildError(`mapshaper failed on ${what}: ${(err as Error).message}`);
  }
  const text = out[outName];
  if (!text) throw new BuildError(`mapshaper wrote nothing for ${what}`);
  return text.toString();
}

/** Unit shapes as TopoJSON (object "areas"): generalised to about the 2018 STP layer's detail,
 * each with its source id and an interior label point of the shape as drawn. Each polygon is
 * simplified as a feature of its own (explode, then dissolve back), so keep-shapes keeps small
 * islands (the Isles of Scilly, Mersea, Walney) that a global simplification would drop. */
export async function unitTopology(geojson: string): Promise<Topology> {
  const text = await apply(
    `-i ${q(geojson)} -filter-fields unit_id -explode -simplify 12% keep-shapes -dissolve unit_id ` +
      `-each 'ax = this.innerX, ay = this.innerY' ` +
      `-filter-fields unit_id,ax,ay -sort unit_id -rename-layers areas`,
    'units.topo.json',
    'the unit shapes',
  );
  return JSON.parse(text) as Topology;
}

/** Source id → area in km² of the full-detail shape, measured on the British National Grid. */
export async function unitGridAreas(geojson: string): Promise<Map<string, number>> {
  const rows = JSON.parse(
    await apply(
      `-i ${q(geojson)} -proj EPSG:27700 init=wgs84 -each 'areaKm2 = this.area / 1e6' -filter-fields unit_id,areaKm2`,
      'areas.json',
      'the unit areas',
    ),
  ) as {unit_id: string; areaKm2: number}[];
  return new Map(rows.map((r) => [r.unit_id, r.areaKm2]));
}

/** Source id → (official code → m² of the unit inside that official shape), measured on the
 * British National Grid from the two layers' union. */
export async function overlaps(
  unitsGeojson: string,
  officialGeojson: string,
  officialField: string,
): Promise<Map<string, Map<string, number>>> {
  const rows = JSON.parse(
    await apply(
      `-i ${q(unitsGeojson)} name=units -filter-fields unit_id -i ${q(officialGeojson)} name=official -filter-fields ${officialField} ` +
        `-union target=units,official -proj EPSG:27700 init=wgs84 -each 'm2 = this.area'`,
      'union.json',
      `the units against ${officialField}`,
    ),
  ) as Record<string, string | number | null>[];
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const unit = r.unit_id as string | null;
    if (!unit) continue;
    const m = out.get(unit) ?? new Map<string, number>();
    const code = (r[officialField] as string | null) ?? '';
    m.set(code, (m.get(code) ?? 0) + (r.m2 as number));
    out.set(unit, m);
  }
  return out;
}

/** At least this share of a unit's area lies in the official shape it belongs to. */
export const MIN_INSIDE = 0.95;

/**
 * Each unit must lie mostly (MIN_INSIDE) inside the official shape of the code it is assigned
 * (`expected`: source id → official code); `what` names the official layer in the message.
 * Returns the smallest share found, for the report.
 */
export function checkInside(
  what: string,
  measured: ReadonlyMap<string, ReadonlyMap<string, number>>,
  expected: ReadonlyMap<string, string>,
): number {
  let least = 1;
  for (const [unit, code] of expected) {
    const parts = measured.get(unit);
    if (!parts) throw new BuildError(`Unit ${unit} has no shape to check against the ${what}`);
    const total = [...parts.values()].reduce((a, b) => a + b, 0);
    const share = total > 0 ? (parts.get(code) ?? 0) / total : 0;
    if (share < MIN_INSIDE) {
      throw new BuildError(
        `Unit ${unit}: only ${(share * 100).toFixed(1)}% of it lies inside ${code} of the ${what} (at least ${MIN_INSIDE * 100}% should)`,
      );
    }
    least = Math.min(least, share);
  }
  for (const unit of measured.keys())
    if (!expected.has(unit))
      throw new BuildError(`The unit shapes hold ${unit}, which is not a unit`);
  return least;
}
