// The area → region list as CSV (csv.ts has the file rules: the notice column, safe cells,
// column names from the geography's nouns). An option that moves single parts gains a column
// naming, for each split area, its parts placed in another region.
import type {BoundaryOption, Area} from '../../domain/types';
import {areaSplits} from '../../domain/parts/area-splits';
import type {NamedParts} from '../../domain/parts/part-compare';
import {unitNames} from '../../domain/unit-index';
import {csvNames, withNotice, type Cell, type CsvGeography} from './csv';

/**
 * Each area of `areas` (by code) with its region under `option`. `parts`: the named parts when
 * the option moves some; the file then has one more column naming, for a split area, its parts
 * placed in another region than the area's: "Tameside and Glossop (E38000182): Midlands".
 */
export function assignmentsCsv(
  option: BoundaryOption,
  areas: Area[],
  g: CsvGeography,
  all: readonly BoundaryOption[] = [],
  parts: NamedParts | null = null,
): string {
  const region = new Map(option.regions.map((r) => [r.id, r]));
  const n = csvNames(g);
  const elsewhere = partsElsewhere(option, parts);
  const byPart = elsewhere.size > 0;
  return withNotice(
    [option],
    all,
    [
      'option',
      `${n.area}_code`,
      n.area,
      'ons_name',
      'region_id',
      'region',
      n.population,
      n.parts,
      'area_km2',
      ...(byPart ? [`${n.parts}_in_another_region`] : []),
    ],
    [...areas]
      .sort((x, y) => x.code.localeCompare(y.code))
      .map((s) => {
        const r = region.get(option.assignments[s.code] ?? '');
        const row: Cell[] = [
          option.id,
          s.code,
          s.name,
          s.onsName,
          r?.id ?? null,
          r?.name ?? null,
          s.population,
          s.partCount,
          Math.round(s.areaKm2),
        ];
        return byPart ? [...row, elsewhere.get(s.code) ?? null] : row;
      }),
  );
}

/** Per split area: its parts outside the area's region, "Name (code): Region", joined by "; ". */
function partsElsewhere(option: BoundaryOption, parts: NamedParts | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!parts || !option.partAssignments) return out;
  const regionName = unitNames(option.regions.map((r) => ({code: r.id, name: r.name})));
  for (const split of areaSplits(option, parts.list)) {
    const away = split.groups.filter((grp) => grp.regionId !== split.areaRegionId);
    const words = away.flatMap((grp) =>
      grp.partCodes.map((code) => `${parts.name(code)} (${code}): ${regionName(grp.regionId)}`),
    );
    out.set(split.areaCode, words.join('; '));
  }
  return out;
}
