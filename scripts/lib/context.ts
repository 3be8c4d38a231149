import type {GeometryObject, Topology} from 'topojson-specification';
import {BuildError} from './raw';

/** Wales and Scotland keep only a code and a name. */
export function renameCountries(topology: Topology): void {
  const object = topology.objects.context as
    {geometries: GeometryObject<Record<string, string>>[]} | undefined;
  if (!object || object.geometries.length !== 2) {
    throw new BuildError(
      'The countries file should give exactly Wales and Scotland besides England',
    );
  }
  for (const g of object.geometries) {
    const p = g.properties as Record<string, string>;
    g.properties = {code: p.ctry18c!, name: p.ctry18nm!};
  }
}
