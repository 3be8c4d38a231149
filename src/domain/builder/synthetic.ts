// A made-up geography of any size, for benchmarks and property tests: a grid of square units
// with 4-neighbour adjacency, regions as horizontal bands, and patient flows from each unit to
// itself and its neighbours. Deterministic for a given seed.
import type {AreaFlow} from '../flows';
import type {BoundaryOption, Region} from '../types';
import type {AssignableUnit} from './units';

export interface SyntheticGeography {
  /** Row by row from the north-west corner; codes "U000000", "U000001", … */
  units: AssignableUnit[];
  /** Each unit's north, west, east and south neighbours that exist (symmetric). */
  adjacency: Map<string, string[]>;
  /** Regions "band-0" … as horizontal bands of rows (the first bands take any extra row). */
  option: BoundaryOption;
  /** Per unit: 80% of its residents to itself, the rest split over its neighbours (≤ 5 flows). */
  flows: AreaFlow[];
}

export interface SyntheticSpec {
  width: number;
  height: number;
  /** Number of bands; at most `height`. Default 7. */
  regions?: number;
  /** Default 1. */
  seed?: number;
}

/** A small fast seeded generator (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The code of the unit in column x, row y. */
export const gridCode = (x: number, y: number, width: number): string =>
  `U${String(y * width + x).padStart(6, '0')}`;

/**
 * A width × height grid geography. Populations 50,000–1,500,000, areas 100–5,000 km², 1–8 parts,
 * anchors 0.1° apart from [-5, 55]. Throws RangeError unless width and height are positive
 * integers and 1 ≤ regions ≤ height.
 */
export function syntheticGeography({
  width,
  height,
  regions = 7,
  seed = 1,
}: SyntheticSpec): SyntheticGeography {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    throw new RangeError(`A grid needs whole, positive sides, not ${width} × ${height}.`);
  if (!Number.isInteger(regions) || regions < 1 || regions > height)
    throw new RangeError(`Between 1 and ${height} bands, not ${regions}.`);
  const rand = seededRandom(seed);
  const units: AssignableUnit[] = [];
  const adjacency = new Map<string, string[]>();
  const assignments: Record<string, string> = {};
  const band = (y: number) => Math.min(regions - 1, Math.floor((y * regions) / height));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const code = gridCode(x, y, width);
      units.push({
        code,
        name: `Unit ${x + 1},${y + 1}`,
        population: Math.round(50_000 + rand() * 1_450_000),
        partCount: 1 + Math.floor(rand() * 8),
        areaKm2: Math.round(100 + rand() * 4_900),
        anchor: [-5 + x * 0.1, 55 - y * 0.1],
      });
      const next: string[] = [];
      if (y > 0) next.push(gridCode(x, y - 1, width));
      if (x > 0) next.push(gridCode(x - 1, y, width));
      if (x < width - 1) next.push(gridCode(x + 1, y, width));
      if (y < height - 1) next.push(gridCode(x, y + 1, width));
      adjacency.set(code, next);
      assignments[code] = `band-${band(y)}`;
    }
  }
  const flows: AreaFlow[] = [];
  for (const u of units) {
    const out = adjacency.get(u.code)!;
    const away = out.length > 0 ? Math.round(u.population * 0.2) : 0;
    flows.push({origin: u.code, destination: u.code, volume: u.population - away});
    for (const other of out)
      flows.push({origin: u.code, destination: other, volume: Math.round(away / out.length)});
  }
  const regionList: Region[] = Array.from({length: regions}, (_, i) => ({
    id: `band-${i}`,
    code: null,
    name: `Band ${i + 1}`,
    colour: '#dddddd',
  }));
  const option: BoundaryOption = {
    id: `grid-${width}x${height}`,
    title: `Synthetic ${width} × ${height} grid`,
    date: '2018-05',
    description: 'A made-up geography for benchmarks and tests.',
    source: {document: 'synthetic', paragraphs: '—'},
    regions: regionList,
    assignments,
  };
  return {units, adjacency, option, flows};
}
