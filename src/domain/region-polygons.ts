// Each region's shape under an option, dissolved along the same lines the maps leave out: the
// units are grouped by the region outline-rule.ts draws them in (areaRegionOf, and for an area
// the option splits, its parts by regionOfPart), so a shape's edge is where the maps draw a
// region outline. topojson's merge joins the units of one group along their shared arcs (no
// slivers, no internal lines). With a split area (issue 19) a region is drawn, as the maps draw
// it, from two layers: its whole areas from the area topology and the split areas' parts from
// the parts' topology. The layers are generalised differently, so the two pieces are separate
// polygons of the region's MultiPolygon that meet along the split area's edge without sharing
// its points exactly (data/README.md: the 2018 layers' areas differ by up to 2.7%), as the map's
// fills do; one topology cannot hold both.
import {merge} from 'topojson-client';
import type {GeometryObject, Topology} from 'topojson-specification';
import type {MultiPolygon} from 'geojson';
import type {BoundaryOption, RegionId} from './types';
import {areaRegionOf, drawnByParts, regionOfPart} from './outline-rule';
import type {FinerOutlines} from './region-shapes';

type Unit = GeometryObject & {properties: {code: string}};

const unitsOf = (topology: Topology, object: string): Unit[] =>
  (topology.objects[object] as unknown as {geometries: Unit[]} | undefined)?.geometries ?? [];

/**
 * Each of `option`'s regions (in option order, every one, an empty region with no polygons) as
 * one MultiPolygon in the topology's coordinates (lon/lat degrees for Footprint's files): its
 * whole areas (object `areas` of `topology`) merged, then, with `finer`, the parts of its split
 * areas (object `parts` of `finer.topology`) merged. Without `finer`, or with nothing split,
 * exactly the merge of the region's areas, as before issue 19. Never throws; a unit in no region
 * is in no shape.
 */
export function regionPolygons(
  topology: Topology,
  option: BoundaryOption,
  finer: FinerOutlines | null = null,
): Map<RegionId, MultiPolygon> {
  const units = finer?.units ?? null;
  const areas = groupBy(
    unitsOf(topology, 'areas').filter((g) => !drawnByParts(units, g.properties.code)),
    (g) => areaRegionOf(option, g.properties.code),
  );
  const parts = finer
    ? groupBy(
        unitsOf(finer.topology, 'parts').filter((g) => {
          const area = finer.units.areaOf.get(g.properties.code);
          return area !== undefined && drawnByParts(finer.units, area);
        }),
        (g) => regionOfPart(option, g.properties.code, finer.units.areaOf.get(g.properties.code)),
      )
    : new Map<RegionId, Unit[]>();
  const shapes = new Map<RegionId, MultiPolygon>();
  for (const {id} of option.regions) {
    const whole = merge(topology, (areas.get(id) ?? []) as never);
    const byParts = parts.get(id);
    if (byParts) whole.coordinates.push(...merge(finer!.topology, byParts as never).coordinates);
    shapes.set(id, whole);
  }
  return shapes;
}

function groupBy<T>(items: readonly T[], key: (item: T) => RegionId | undefined) {
  const groups = new Map<RegionId, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
