// The CCG shapes carry only an upper-case name; join them to the ONS codes by name, and give
// each its area (ccg-areas.ts) and the interior label point mapshaper found (geometry.ts).
import type {GeometryObject, Topology} from 'topojson-specification';
import type {Part as Ccg, MappedPart as MappedCcg} from '../../src/domain/types';
import {normaliseCcgName} from './ccgs';
import {BuildError, byCode} from './raw';

type ShapeProps = {name?: string; ax?: number; ay?: number};

const round = (n: number, dp: number) => Math.round(n * 10 ** dp) / 10 ** dp;

/** Replaces each shape's properties by its CCG's (a MappedCcg), sorts the shapes by code and
 * returns those properties in that order. `areas`: CCG code → km². Throws BuildError naming the
 * shape or CCG that has no match, no area or no label point. */
export function attachCcgProperties(
  topology: Topology,
  ccgs: Ccg[],
  areas: ReadonlyMap<string, number>,
): MappedCcg[] {
  const object = topology.objects.parts as {geometries: GeometryObject<ShapeProps>[]} | undefined;
  if (!object) throw new BuildError('CCG file produced no "parts" layer');
  const byName = new Map(ccgs.map((c) => [normaliseCcgName(c.name), c]));
  const matched = new Set<string>();
  for (const geometry of object.geometries) {
    const props: ShapeProps = geometry.properties ?? {};
    const ccg = byName.get(normaliseCcgName(props.name ?? ''));
    if (!ccg)
      throw new BuildError(`CCG boundary "${props.name ?? ''}" matches no CCG in the ONS lookup`);
    if (matched.has(ccg.code))
      throw new BuildError(`Two CCG boundaries match ${ccg.code} (${ccg.name})`);
    matched.add(ccg.code);
    geometry.id = ccg.code;
    (geometry as GeometryObject<MappedCcg>).properties = mapped(ccg, props, areas);
  }
  const missing = ccgs.filter((c) => !matched.has(c.code));
  if (missing.length) {
    throw new BuildError(
      `No boundary for CCG(s): ${missing.map((c) => `${c.code} ${c.name}`).join(', ')}`,
    );
  }
  object.geometries.sort((a, b) => byCode(String(a.id), String(b.id)));
  return object.geometries.map((g) => g.properties as MappedCcg);
}

function mapped(ccg: Ccg, props: ShapeProps, areas: ReadonlyMap<string, number>): MappedCcg {
  const areaKm2 = areas.get(ccg.code);
  if (areaKm2 === undefined) throw new BuildError(`CCG ${ccg.code} (${ccg.name}) has no area`);
  if (typeof props.ax !== 'number' || typeof props.ay !== 'number') {
    throw new BuildError(`CCG ${ccg.code} (${ccg.name}) has no interior point`);
  }
  return {...ccg, areaKm2, anchor: [round(props.ax, 4), round(props.ay, 4)]};
}
