// The CCG shapes carry only an upper-case name; join them to the ONS codes by name.
import type {GeometryObject, Topology} from 'topojson-specification';
import type {Ccg} from '../../src/domain/types';
import {normaliseCcgName} from './ccgs';
import {BuildError, byCode} from './raw';

export function attachCcgProperties(topology: Topology, ccgs: Ccg[]): void {
  const object = topology.objects.parts as {geometries: GeometryObject<{name: string}>[]} | undefined;
  if (!object) throw new BuildError('CCG file produced no "parts" layer');
  const byName = new Map(ccgs.map((c) => [normaliseCcgName(c.name), c]));
  const matched = new Set<string>();
  for (const geometry of object.geometries) {
    const name = (geometry.properties as {name?: string} | undefined)?.name ?? '';
    const ccg = byName.get(normaliseCcgName(name));
    if (!ccg) throw new BuildError(`CCG boundary "${name}" matches no CCG in the ONS lookup`);
    if (matched.has(ccg.code)) throw new BuildError(`Two CCG boundaries match ${ccg.code} (${ccg.name})`);
    matched.add(ccg.code);
    geometry.id = ccg.code;
    (geometry as GeometryObject<Ccg>).properties = ccg;
  }
  const missing = ccgs.filter((c) => !matched.has(c.code));
  if (missing.length) {
    throw new BuildError(`No boundary for CCG(s): ${missing.map((c) => `${c.code} ${c.name}`).join(', ')}`);
  }
  object.geometries.sort((a, b) => byCode(String(a.id), String(b.id)));
}
