// Each CCG's area: its STP's area (the STP layer's, which every STP figure in the app uses)
// shared out by the CCGs' own shapes measured on the British National Grid. The two layers
// are generalised differently (the STP layer to 500 m, clipped to the coastline), so the raw
// CCG areas of an STP add up to within 2.7% of its area, never exactly; sharing the STP's area
// out makes a region's area the same whether it is summed from STPs or from their CCGs.
import type {Part as Ccg, Area as Stp} from '../../src/domain/types';
import {normaliseCcgName} from './ccgs';
import {BuildError} from './raw';
import {shareOut} from '../../src/domain/parts/apportion';

/** Largest gap between an STP's area and its CCGs' measured areas (the worst is 2.7%, Bristol,
 * North Somerset and South Gloucestershire, on the Severn). Far smaller than a CCG in the
 * wrong STP would make for most STPs. */
export const AREA_TOLERANCE = 0.03;

/**
 * CCG code → km² (0.1 km² steps, like the STPs'). Shapes are matched to CCGs by name, as in
 * ccg-shapes.ts. The STP's area, in 0.1 km² steps, is shared out by largest remainder, so an
 * STP's CCGs add up exactly to it. Throws BuildError naming the CCG with no measured shape, or
 * the STP whose CCGs' measured areas differ from its own by more than AREA_TOLERANCE.
 */
export function ccgAreas(
  stps: readonly Stp[],
  ccgs: readonly Ccg[],
  measuredByName: ReadonlyMap<string, number>,
): Map<string, number> {
  const measured = new Map([...measuredByName].map(([name, km2]) => [normaliseCcgName(name), km2]));
  const out = new Map<string, number>();
  for (const stp of stps) {
    const own = ccgs.filter((c) => c.areaCode === stp.code);
    const areas = own.map((c) => {
      const km2 = measured.get(normaliseCcgName(c.name));
      if (km2 === undefined)
        throw new BuildError(`CCG ${c.code} (${c.name}) has no shape to measure`);
      return km2;
    });
    const sum = areas.reduce((a, b) => a + b, 0);
    if (Math.abs(sum / stp.areaKm2 - 1) > AREA_TOLERANCE) {
      throw new BuildError(
        `STP ${stp.code}: its CCGs' shapes measure ${sum.toFixed(1)} km², its own ${stp.areaKm2} km² (more than ${AREA_TOLERANCE * 100}% apart)`,
      );
    }
    const tenths = shareOut(Math.round(stp.areaKm2 * 10), areas);
    own.forEach((c, i) => out.set(c.code, tenths[i]! / 10));
  }
  return out;
}
