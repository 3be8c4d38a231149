// The units a map hatches in a comparison (issue 19): each area that moves whole, and each part
// that moves without its area (an area only some of whose parts move is not hatched whole: only
// those parts are). Both renderers, the side-by-side maps and the board pack draw from this list.
import type {OptionComparison} from '../compare';

/** One hatched unit: an area (drawn with the area's shape) or a part (with the part's). */
export interface ChangedUnit {
  /** The area's or the part's code, e.g. "E54000007" or "E38000182". */
  code: string;
  level: 'area' | 'part';
  /** A point inside the unit's shape, [lon, lat], where its "moves" label stands. */
  anchor: [number, number];
  /** The unit's name on the map: the area's short name, the part's full name
   * (as the map names it). */
  label: string;
}

/**
 * The comparison's whole-area moves (in area order), then its part moves (in area, then part
 * order), as units to hatch. `partAnchor` gives a part's interior point (the part layer's
 * anchors); a part without one stands its label on its area's point. Never throws.
 */
export function changedUnits(
  cmp: Pick<OptionComparison, 'moves' | 'partMoves'>,
  partAnchor: (code: string) => [number, number] | undefined,
): ChangedUnit[] {
  const areas = cmp.moves.map((m): ChangedUnit => ({
    code: m.area.code,
    level: 'area',
    anchor: m.area.anchor,
    label: m.area.shortName,
  }));
  const parts = cmp.partMoves.flatMap((change) =>
    change.moves.map((m): ChangedUnit => ({
      code: m.part.code,
      level: 'part',
      anchor: partAnchor(m.part.code) ?? change.area.anchor,
      label: m.name,
    })),
  );
  return [...areas, ...parts];
}

/** The codes of `units` at `level`, as a set (what a map hatches with each level's shapes). */
export const changedCodes = (
  units: readonly Pick<ChangedUnit, 'code' | 'level'>[],
  level: ChangedUnit['level'],
): Set<string> => new Set(units.filter((u) => u.level === level).map((u) => u.code));
