// GeoJSON exports: the option's regions (its areas dissolved) and the areas with their region (an
// area the option splits by moving single parts given as its parts, each with its own region).
// WGS84 longitude/latitude, rings wound anticlockwise-outside as RFC 7946 asks, six decimal
// places (about 0.1 m, far finer than the generalised boundaries). Every feature of a
// user-built option carries `userBuilt: true` and a `notice` that it is not an official
// proposal, so the words travel with any feature copied out of the file.
import {rewind} from '@turf/rewind';
import {truncate} from '@turf/truncate';
import type {Topology} from 'topojson-specification';
import type {Feature, FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {FootprintData} from '../../data/load';
import type {BoundaryOption} from '../../domain/types';
import {userBuiltNotice} from '../../domain/option-labels';
import {allOptions} from '../../state/catalogue';
import {rowsOf} from '../use-option-rows';
import type {PartData} from '../../data/lazy';
import {splitDrawing} from '../../domain/parts/split-units';
import {hasPartAssignments, partRegionId} from '../../domain/parts/part-region';
import type {Part} from '../../domain/parts/part-types';
import {regionPolygons} from '../../domain/region-polygons';
import {PUBLISHED_WORDS} from '../../domain/published-words';

type Shape = Polygon | MultiPolygon;

export interface RegionProperties {
  option: string;
  option_title: string;
  region_id: string;
  region_code: string | null;
  region: string;
  colour: string;
  areas: number;
  parts: number;
  population_mid_2018: number;
  area_km2: number;
  [PUBLISHED_WORDS.areaCodesProperty]: string[];
}

/** Only on a user-built option's features. */
export interface UserBuiltProperties {
  userBuilt?: true;
  /** "“My option 1” was built by a Footprint user, based on …. It is not an official proposal." */
  notice?: string;
}

function userBuiltProperties(data: FootprintData, option: BoundaryOption): UserBuiltProperties {
  const notice = userBuiltNotice(option, allOptions(data));
  return notice === null ? {} : {userBuilt: true, notice};
}

export interface AreaProperties {
  option: string;
  [PUBLISHED_WORDS.areaCodeProperty]: string;
  area: string;
  ons_name: string;
  region_id: string | null;
  region: string | null;
  population_mid_2018: number;
  parts: number;
  area_km2: number;
}

/** In place: rewinds rings and rounds coordinates. */
function tidy<T extends FeatureCollection<Shape, object>>(collection: T): T {
  rewind(collection as FeatureCollection, {mutate: true});
  truncate(collection as FeatureCollection, {precision: 6, coordinates: 2, mutate: true});
  return collection;
}

/** The loaded parts for the regions export of an option that moves single parts: their
 * topology (object `parts`, the shapes) and list (the figures). */
export interface RegionExportParts {
  topology: Topology;
  list: readonly Part[];
}

/** One feature per region, its shape dissolved by the maps' outline rule (regionPolygons:
 * no slivers or internal lines between whole areas) and its figures from the option's memoised
 * rows (rowsOf). With `parts`, an option that moves single parts has its split areas shaped
 * and counted part by part, so a moved part lies in (and is counted in) its own region; any other
 * option is exported exactly as without `parts`. */
export function regionsGeoJson(
  data: FootprintData,
  option: BoundaryOption,
  parts: RegionExportParts | null = null,
): FeatureCollection<MultiPolygon, RegionProperties & UserBuiltProperties> {
  const marks = userBuiltProperties(data, option);
  const topology = data.areaTopology as unknown as Topology;
  const split = parts && splitDrawing(option, parts.list);
  const shapes = regionPolygons(
    topology,
    option,
    split && parts ? {topology: parts.topology, units: split} : null,
  );
  const list = parts && hasPartAssignments(option) ? parts.list : null;
  const features = rowsOf(option, data.areas, null, list).rows.map(
    (row): Feature<MultiPolygon, RegionProperties & UserBuiltProperties> => ({
      type: 'Feature',
      id: row.region.id,
      properties: {
        option: option.id,
        option_title: option.title,
        region_id: row.region.id,
        region_code: row.region.code,
        region: row.region.name,
        colour: row.region.colour,
        areas: row.areas,
        parts: row.parts,
        population_mid_2018: row.population,
        area_km2: Math.round(row.areaKm2),
        [PUBLISHED_WORDS.areaCodesProperty]: row.areaCodes,
        ...marks,
      },
      geometry: shapes.get(row.region.id)!,
    }),
  );
  return tidy({type: 'FeatureCollection', features});
}

/** Only on the features of a split area's parts (issue 19): the part's code and name. The
 * feature's other properties are the part's own (its region, people, km²); the area code, `area`
 * and `ons_name` are its area's, so features still group by area. */
export interface PartProperties {
  part_code?: string;
  part?: string;
}

/** The loaded parts for an option that moves single parts: their shapes (properties: code, area
 * code, people, km²) and names (as the map names them). */
export interface ExportParts {
  shapes: PartData['shapes'];
  name: (code: string) => string;
}

type AreaFeature = Feature<Shape, AreaProperties & PartProperties & UserBuiltProperties>;

/**
 * One feature per area with the region `option` puts it in; an area the option splits (some of
 * its parts in another region, parts/split-units.ts) is given as its parts instead, one feature
 * each with its own region, when `parts` are given. Without `parts` every area is whole, as
 * its own assignment places it.
 */
export function areasGeoJson(
  data: FootprintData,
  option: BoundaryOption,
  parts: ExportParts | null = null,
): FeatureCollection<Shape, AreaProperties & PartProperties & UserBuiltProperties> {
  const marks = userBuiltProperties(data, option);
  const regions = new Map(option.regions.map((r) => [r.id, r]));
  const shapes = parts?.shapes.features ?? [];
  const split = splitDrawing(
    option,
    shapes.map((f) => f.properties),
  );
  const features = data.areaShapes.features.flatMap((f): AreaFeature[] => {
    const s = f.properties;
    if (split?.split.has(s.code) && parts) {
      return shapes
        .filter((p) => p.properties.areaCode === s.code)
        .map((p): AreaFeature => {
          const region = regions.get(partRegionId(option, p.properties) ?? '');
          const own = p.properties;
          return {
            type: 'Feature',
            id: own.code,
            properties: {
              option: option.id,
              [PUBLISHED_WORDS.areaCodeProperty]: s.code,
              area: s.name,
              ons_name: s.onsName,
              part_code: own.code,
              part: parts.name(own.code),
              region_id: region?.id ?? null,
              region: region?.name ?? null,
              population_mid_2018: own.population,
              parts: 1,
              area_km2: Math.round(own.areaKm2),
              ...marks,
            },
            geometry: structuredClone(p.geometry),
          };
        });
    }
    const region = regions.get(option.assignments[s.code] ?? '');
    return [
      {
        type: 'Feature',
        id: s.code,
        properties: {
          option: option.id,
          [PUBLISHED_WORDS.areaCodeProperty]: s.code,
          area: s.name,
          ons_name: s.onsName,
          region_id: region?.id ?? null,
          region: region?.name ?? null,
          population_mid_2018: s.population,
          parts: s.partCount,
          area_km2: Math.round(s.areaKm2),
          ...marks,
        },
        // A copy: tidy() rewinds in place, and the map draws from the original.
        geometry: structuredClone(f.geometry),
      },
    ];
  });
  return tidy({type: 'FeatureCollection', features});
}

export const geoJsonBlob = (collection: FeatureCollection): Blob =>
  new Blob([JSON.stringify(collection)], {type: 'application/geo+json'});
