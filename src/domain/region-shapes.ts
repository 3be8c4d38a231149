// Region outlines and label points derived from the area topology for any option, so options
// stay pure data (a user-built option gets outlines the same way).
import {mesh} from 'topojson-client';
import type {GeometryObject, Topology} from 'topojson-specification';
import type {MultiLineString} from 'geojson';
import type {BoundaryOption, RegionId, Area} from './types';
import {isAreaOutline, isPartOutline, type SplitUnits} from './outline-rule';
import {areasInRegion} from './options';

type AreaGeometry = GeometryObject<{code: string}>;

const areasObject = (topology: Topology) =>
  topology.objects.areas as unknown as {type: 'GeometryCollection'; geometries: AreaGeometry[]};

/** The finer level for an option that splits areas (issue 19): the parts' topology (object
 * `parts`, each geometry with `properties.code`) and the split areas (parts/split-units.ts). */
export interface FinerOutlines {
  topology: Topology;
  units: SplitUnits;
}

/** Lines where neighbouring areas are in different regions, plus the coastline/border; with
 * `finer`, the lines touching a split area follow its parts. */
export function regionOutlines(
  topology: Topology,
  option: BoundaryOption,
  finer: FinerOutlines | null = null,
): MultiLineString {
  return {
    type: 'MultiLineString',
    coordinates: [
      ...outerEdge(topology).coordinates,
      ...regionBorders(topology, option, finer).coordinates,
    ],
  };
}

/** Only the lines between neighbouring areas that outline regions (outline-rule.ts): what an
 * option changes. (The builder redraws these on every move; the coast is drawn once, see
 * outerEdge.) With `finer`, lines touching a split area come from the parts' topology instead. */
export function regionBorders(
  topology: Topology,
  option: BoundaryOption,
  finer: FinerOutlines | null = null,
): MultiLineString {
  const code = (g: AreaGeometry) => (g.properties as {code: string}).code;
  const units = finer?.units ?? null;
  const outlines = (a: AreaGeometry, b: AreaGeometry) =>
    a !== b && isAreaOutline(option, units, code(a), code(b));
  const lines = mesh(
    topology,
    areasObject(topology) as never,
    outlines as never,
  ) as MultiLineString;
  if (!finer) return lines;
  const parts = finer.topology.objects.parts as never;
  const partLines = (a: AreaGeometry, b: AreaGeometry) =>
    a !== b && isPartOutline(option, finer.units, code(a), code(b));
  const byParts = mesh(finer.topology, parts, partLines as never) as MultiLineString;
  return {type: 'MultiLineString', coordinates: [...lines.coordinates, ...byParts.coordinates]};
}

const edges = new WeakMap<Topology, MultiLineString>();

/** England's coast and land border (arcs with an area on one side only, which outline-rule.ts
 * always counts): the same under every option, so computed once per topology. */
export function outerEdge(topology: Topology): MultiLineString {
  let edge = edges.get(topology);
  if (!edge)
    edges.set(
      topology,
      (edge = mesh(
        topology,
        areasObject(topology) as never,
        ((a: AreaGeometry, b: AreaGeometry) => a === b) as never,
      ) as MultiLineString),
    );
  return edge;
}

/** Where a region's name may go: `points`, interior points of its areas, best first (favouring
 * large areas near the area-weighted middle: distance² ÷ area, so neighbouring regions' names
 * rarely collide; always inside the region, unlike a centroid), [lon, lat]; and `population`,
 * the region's people, which ranks the names when not all fit. */
export interface RegionLabelSite {
  points: [number, number][];
  population: number;
}

/** Each region's label site (see RegionLabelSite); regions with no area have none. */
export function regionLabelSites(
  areas: Area[],
  option: BoundaryOption,
): Map<RegionId, RegionLabelSite> {
  const sites = new Map<RegionId, RegionLabelSite>();
  for (const region of option.regions) {
    const members = areasInRegion(option, region.id, areas);
    if (members.length === 0) continue;
    const weight = members.reduce((sum, s) => sum + s.areaKm2, 0);
    const mx = members.reduce((sum, s) => sum + s.anchor[0] * s.areaKm2, 0) / weight;
    const my = members.reduce((sum, s) => sum + s.anchor[1] * s.areaKm2, 0) / weight;
    const score = (s: Area) => dist2(s.anchor, [mx, my]) / s.areaKm2;
    // A stable sort: of equal scores the first member wins, as it always has.
    const points = [...members].sort((a, b) => score(a) - score(b)).map((s) => s.anchor);
    sites.set(region.id, {points, population: members.reduce((sum, s) => sum + s.population, 0)});
  }
  return sites;
}

/** A label point for each region: its label site's best point. */
export function regionLabelPoints(
  areas: Area[],
  option: BoundaryOption,
): Map<RegionId, [number, number]> {
  const points = new Map<RegionId, [number, number]>();
  for (const [id, site] of regionLabelSites(areas, option)) points.set(id, site.points[0]!);
  return points;
}

const dist2 = (a: [number, number], b: [number, number]) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
