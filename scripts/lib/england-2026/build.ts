// Builds England 2026 into data/england-2026/: reads the raw files, recomputes the units'
// memberships and populations from the official lookups, checks them against the collector's
// derived tables and the official boundaries, and validates every file with the app's schemas.
import type {GeometryObject, Topology} from 'topojson-specification';
import {neighbors} from 'topojson-client';
import {
  areaTopologySchema,
  authoritiesFileSchema,
  contextTopologySchema,
  districtsFileSchema,
  optionsFileSchema,
  trustsFileSchema,
} from '../../../src/data/schemas';
import {areaFlowsFileSchema} from '../../../src/data/flow-schemas';
import {geographyManifestSchema} from '../../../src/data/manifest-schema';
import type {Area} from '../../../src/domain/types';
import {validated} from '../build';
import {checkBoundsHold} from '../bounds';
import {contextTopology} from '../geometry';
import {renameCountries} from '../context';
import {BuildError, byCode, RawFolder} from '../raw';
import {Raw2026} from './raw';
import type {Unit} from './units';
import {checkInside, overlaps, unitGridAreas, unitTopology} from './geometry';
import {buildOptions2026} from './options';
import {officialName, unitNames} from './unit-names';
import {buildDistricts2026} from './districts';
import {buildAuthorities2026, buildTrusts2026} from './authorities';
import {buildUnitFlows} from './flows';
import {MANIFEST_2026} from './manifest';
import {readUnits} from './read-units';

function areaProperties(
  u: Unit,
  units: readonly Unit[],
  names: {name: string; shortName: string},
  population: number,
  areaKm2: number,
  anchor: [number, number],
) {
  const {name, shortName} = names;
  const area: Area & {within: unknown[]; districtCodes: string[]} = {
    code: u.code,
    onsName: officialName(u, units),
    name,
    shortName,
    population,
    partCount: 1,
    areaKm2: Math.round(areaKm2 * 10) / 10,
    anchor: [Math.round(anchor[0] * 1e4) / 1e4, Math.round(anchor[1] * 1e4) / 1e4],
    within: [
      {level: 'sub-ICB location', vintage: 'April 2023', ...u.sicbl2023},
      {level: 'sub-ICB location', vintage: 'April 2026', ...u.sicbl2026},
      {level: 'ICB', vintage: 'April 2023', ...u.icb2023},
      {level: 'ICB', vintage: 'April 2026', ...u.icb2026},
      {level: 'NHS England region', vintage: 'April 2026', ...u.region},
    ],
    districtCodes: u.districts.map(([d]) => d.code),
  };
  return area;
}

export interface Build2026Report {
  leastInside: Record<string, number>;
}

export async function buildEngland2026(
  rawDir: string,
): Promise<{files: Map<string, string>; report: Build2026Report}> {
  const raw = new Raw2026(rawDir);
  const g = MANIFEST_2026;
  const {lsoas, units, population} = readUnits(raw);
  const bySource = new Map(units.map((u) => [u.sourceId, u]));

  // The unit shapes against the official boundaries, at full detail.
  const shapes = raw.path('unitShapes');
  const leastInside: Record<string, number> = {};
  for (const [what, key, field, codeOf] of [
    [
      'ONS sub-ICB locations (April 2023)',
      'sicbl2023Shapes',
      'SICBL23CD',
      (u: Unit) => u.sicbl2023.code,
    ],
    ['ONS ICBs (April 2023)', 'icb2023Shapes', 'ICB23CD', (u: Unit) => u.icb2023.code],
    ['ONS ICBs (April 2026)', 'icb2026Shapes', 'ICB26CD', (u: Unit) => u.icb2026.code],
  ] as const) {
    const measured = await overlaps(shapes, raw.path(key), field);
    leastInside[what] = checkInside(
      what,
      measured,
      new Map(units.map((u) => [u.sourceId, codeOf(u)])),
    );
  }

  const areasKm2 = await unitGridAreas(shapes);
  const topo = await unitTopology(shapes);
  const object = topo.objects.areas as
    {geometries: GeometryObject<Record<string, unknown>>[]} | undefined;
  if (!object) throw new BuildError('The unit shapes produced no "areas" layer');
  const names = unitNames(units);
  const seen = new Set<string>();
  for (const geometry of object.geometries) {
    const p = geometry.properties as {unit_id: string; ax: number; ay: number};
    const u = bySource.get(p.unit_id);
    if (!u) throw new BuildError(`The unit shapes hold ${p.unit_id}, which is not a unit`);
    if (seen.has(u.code)) throw new BuildError(`Unit ${u.code} has two shapes`);
    seen.add(u.code);
    const km2 = areasKm2.get(p.unit_id);
    if (!km2) throw new BuildError(`Unit ${u.code} has no measured area`);
    geometry.id = u.code;
    geometry.properties = areaProperties(
      u,
      units,
      names.get(u.code)!,
      population.get(u.code)!,
      km2,
      [p.ax, p.ay],
    );
  }
  const noShape = units.find((u) => !seen.has(u.code));
  if (noShape) throw new BuildError(`Unit ${noShape.code} has no shape`);
  object.geometries.sort((a, b) => byCode(String(a.id), String(b.id)));
  checkBoundsHold(topo, g.bounds);

  const adjacencyIndex = neighbors(object.geometries as never);
  const adjacency = new Map(
    object.geometries.map((geom, i) => [
      String(geom.id),
      adjacencyIndex[i]!.map((j) => String(object.geometries[j]!.id)),
    ]),
  );

  const ctx = await contextTopology(new RawFolder(rawDir).path('countryShapes'));
  renameCountries(ctx);

  const options = {
    options: buildOptions2026(
      units,
      raw.csv('clusters', [
        'cluster_id',
        'cluster_name',
        'member_icb23_cdh',
        'merged_1apr2026_as_icb26_cdh',
        'status',
      ]),
      adjacency,
    ),
  };
  const districts = {districts: buildDistricts2026(lsoas, units)};
  const derivedAuthority = new Map(
    raw.csv('derivedLookup', ['lsoa21cd', 'cauth25cd']).map((r) => [r.lsoa21cd!, r.cauth25cd!]),
  );
  const authorities = {
    combinedAuthorities: buildAuthorities2026(
      lsoas,
      units,
      raw.csv('authorityLookup', ['LAD25CD', 'CAUTH25CD', 'CAUTH25NM']),
      derivedAuthority,
    ),
  };
  const trusts = {
    trusts: buildTrusts2026(raw.csv('trustHq', ['trust_code', 'name_2022', 'unit_id_hq']), units),
  };
  const flows = buildUnitFlows(
    units,
    raw.csv('unitFlows', ['from_unit_id', 'to_unit_id', 'catchment_pop']),
    raw.csv('unitTrustFlows', ['unit_id', 'trust_code', 'catchment_pop']),
  );

  const files = new Map<string, string>();
  const put = (file: string, text: string) => files.set(`${g.id}/${file}`, text);
  const f = g.files;
  put('manifest.json', validated('manifest.json', geographyManifestSchema, g, 2));
  put(f.areas, validated(f.areas, areaTopologySchema(g), topo as Topology));
  put(f.context, validated(f.context, contextTopologySchema, ctx));
  put(f.options, validated(f.options, optionsFileSchema(g), options, 2));
  put(f.districts!, validated(f.districts!, districtsFileSchema(g, g.districts!), districts));
  put(f.areaFlows!, validated(f.areaFlows!, areaFlowsFileSchema(g), flows));
  put(
    f.combinedAuthorities!,
    validated(f.combinedAuthorities!, authoritiesFileSchema(g), authorities),
  );
  put(f.trusts!, validated(f.trusts!, trustsFileSchema(g), trusts));
  return {files, report: {leastInside}};
}
