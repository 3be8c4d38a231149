// The two levels an option works at, named generically: an "area" is the unit an option
// assigns to a region, a "part" the finer unit an option may move on its own. Each geography
// names its own levels (its manifest's nouns), so nothing here says which; the adapters at the
// bottom turn the built data files into these shapes.
import type {PartTrustFlow, Trust} from '../trust-flows';
import type {District, MappedPart, AreaCode} from '../types';

/** A part and the figures every region total needs of it. */
export interface Part {
  /** e.g. a part's ONS code, E38000182 (a string: codes keep their leading zeros). */
  code: string;
  /** The area it lies in (e.g. its area's code). */
  areaCode: string;
  /** People (ONS mid-2018 for parts). */
  population: number;
  /** km²; an area's parts add up to its areaKm2 (checked by the data build). */
  areaKm2: number;
}

/** A local authority district's residents per part (ONS mid-2019 for the 2018 data). */
export interface DistrictPartResidents {
  code: string;
  name: string;
  parts: {partCode: string; residents: number}[];
}

/** Where a flow's destination (a trust) counts: the area and part its headquarters lie in. */
export interface PartDestination {
  code: string;
  areaCode: string;
  partCode: string;
}

/** Residents of a part attributed to one destination (people), e.g. part → trust. */
export interface PartDestinationFlow {
  part: string;
  destination: string;
  volume: number;
}

/** The part topology's units as parts of their areas. */
export function partsOfMapped(parts: readonly MappedPart[]): Part[] {
  return parts.map((c) => ({
    code: c.code,
    areaCode: c.areaCode as AreaCode,
    population: c.population,
    areaKm2: c.areaKm2,
  }));
}

/** Districts (the district file) with their residents per part; a district without a `parts`
 * list (only hand-made ones) has no parts. */
export function districtPartResidents(districts: readonly District[]): DistrictPartResidents[] {
  return districts.map((d) => ({
    code: d.code,
    name: d.name,
    parts: (d.partResidents ?? []).map(([partCode, residents]) => ({partCode, residents})),
  }));
}

/** Trusts (the part → trust flow file) as destinations: HQ area and HQ part. */
export function destinationsOfTrusts(trusts: readonly Trust[]): PartDestination[] {
  return trusts.map((t) => ({code: t.code, areaCode: t.areaCode, partCode: t.partCode}));
}

/** part → trust flows as part → destination flows. */
export function partDestinationFlows(flows: readonly PartTrustFlow[]): PartDestinationFlow[] {
  return flows.map((f) => ({part: f.part, destination: f.trust, volume: f.volume}));
}
