// The rows behind the CSV, GeoJSON and board-pack exports, behind one small interface so
// the exports do not care who computes them.
//
// Per-region aggregates and option comparisons belong to src/domain (aggregates.ts and
// compare.ts, being written for the Regions table). Until those land, the sums below are the
// one stand-in; when they do, these functions delegate to them and nothing else changes.
import type {BoundaryOption, Region, Stp} from '../../domain/types';

export interface RegionRow {
  region: Region;
  stps: number;
  ccgs: number;
  population: number;
  areaKm2: number;
  /** Codes of the region's STPs, in data order. */
  stpCodes: string[];
}

/** A region present in either option, matched by its stable id; null where absent. */
export interface ComparisonRow {
  id: string;
  name: string;
  a: RegionRow | null;
  b: RegionRow | null;
}

export interface MovedStp {
  stp: Stp;
  from: Region | undefined;
  to: Region | undefined;
}

/** STANDIN until src/domain/aggregates.ts: totals per region, in the option's region order. */
export function regionRows(option: BoundaryOption, stps: Stp[]): RegionRow[] {
  return option.regions.map((region) => {
    const members = stps.filter((s) => option.assignments[s.code] === region.id);
    return {
      region,
      stps: members.length,
      ccgs: members.reduce((n, s) => n + s.ccgCount, 0),
      population: members.reduce((n, s) => n + s.population, 0),
      areaKm2: members.reduce((n, s) => n + s.areaKm2, 0),
      stpCodes: members.map((s) => s.code),
    };
  });
}

/** STANDIN until src/domain/compare.ts: regions of A then regions only in B. */
export function comparisonRows(a: BoundaryOption, b: BoundaryOption, stps: Stp[]): ComparisonRow[] {
  const rowsA = new Map(regionRows(a, stps).map((r) => [r.region.id, r]));
  const rowsB = new Map(regionRows(b, stps).map((r) => [r.region.id, r]));
  const ids = [...new Set([...rowsA.keys(), ...rowsB.keys()])];
  return ids.map((id) => ({
    id,
    name: (rowsB.get(id) ?? rowsA.get(id))!.region.name,
    a: rowsA.get(id) ?? null,
    b: rowsB.get(id) ?? null,
  }));
}

/** STANDIN until src/domain/compare.ts: the STPs whose region differs from A to B. */
export function movedStps(a: BoundaryOption, b: BoundaryOption, stps: Stp[]): MovedStp[] {
  return stps
    .filter((s) => a.assignments[s.code] !== b.assignments[s.code])
    .map((stp) => ({
      stp,
      from: a.regions.find((r) => r.id === a.assignments[stp.code]),
      to: b.regions.find((r) => r.id === b.assignments[stp.code]),
    }));
}
