// Flows for a selection, as parts of one whole: where a selection's residents are treated
// (grouped by the area of the trust), or where the patients of trusts in an area live. The
// selection's own area comes first, then the largest other areas, then everything else as one
// part, so a chart of the parts always adds up to the selection's total. Pure: no React or DOM.
import type {AreaFlow} from './flows';
import type {BoundaryOption, RegionId, AreaCode} from './types';
import {regionMembers} from './options';
import {byCode, largestFirst} from './order';

/** How many other areas get a bar of their own before the rest are put together. */
export const TOP_OTHERS = 5;

export type FlowPartKind = 'own' | 'area' | 'rest';

export interface FlowPart {
  /** 'own': the selection's own area; 'area': one other area; 'rest': all remaining areas. */
  kind: FlowPartKind;
  /** The areas counted in the part: the selection's (code order) for 'own', one for 'area', and
   * the remaining ones (largest first) for 'rest'. */
  areas: AreaCode[];
  /** In the dataset's unit (e.g. people); ≥ 0. */
  volume: number;
  /** volume / total, 0–1. */
  share: number;
}

export type FlowSide = 'destinations' | 'origins';

export interface SelectionFlows {
  /** 'destinations': where the selection's residents are treated (flows from it, by the area
   * of the trust); 'origins': where the patients of trusts in it live (flows to it, by area of
   * residence). */
  side: FlowSide;
  /** The selection's areas, in code order. */
  own: AreaCode[];
  /** Everything from (or to) the selection, own area included; 0 when nothing is known. */
  total: number;
  /** Own first, then up to `topN` other areas largest first (ties by code), then the rest (at
   * least two areas: a single one left over gets its own part instead); no 'area' or 'rest' part
   * with a zero volume. Empty exactly when total is 0 — an explicit
   * "no flows", never parts with NaN shares. */
  parts: FlowPart[];
  /** Flows left out because their volume is not a finite number ≥ 0. The loaders refuse such
   * volumes, so this is 0 unless a caller passes unchecked data; it is counted, not hidden. */
  ignored: number;
}

export interface SelectionQuery {
  own: Iterable<AreaCode>;
  side: FlowSide;
  /** Other areas with a part of their own (default TOP_OTHERS; Infinity for all). */
  topN?: number;
}

/**
 * The selection's flows as parts (see SelectionFlows). `flows` may be null or undefined (not
 * loaded, or no file): the result is then empty. Flows are summed per area, so a pair given
 * twice counts once with both volumes.
 */
export function selectionFlows(
  flows: readonly AreaFlow[] | null | undefined,
  query: SelectionQuery,
): SelectionFlows {
  const own = new Set(query.own);
  const ownList = [...own].sort(byCode);
  const topN = Math.max(0, Math.floor(query.topN ?? TOP_OTHERS));
  const empty: SelectionFlows = {side: query.side, own: ownList, total: 0, parts: [], ignored: 0};
  if (!flows || own.size === 0) return empty;

  let ownVolume = 0;
  let ignored = 0;
  const others = new Map<AreaCode, number>();
  for (const f of flows) {
    const [mine, other] =
      query.side === 'destinations' ? [f.origin, f.destination] : [f.destination, f.origin];
    if (!own.has(mine)) continue;
    if (!Number.isFinite(f.volume) || f.volume < 0) {
      ignored++;
      continue;
    }
    if (own.has(other)) ownVolume += f.volume;
    else others.set(other, (others.get(other) ?? 0) + f.volume);
  }
  const ranked = [...others]
    .filter(([, v]) => v > 0)
    .sort(
      largestFirst(
        ([, volume]) => volume,
        ([code]) => code,
      ),
    );
  const total = ownVolume + ranked.reduce((n, [, v]) => n + v, 0);
  if (total <= 0) return {...empty, ignored};

  const share = (v: number) => v / total;
  const parts: FlowPart[] = [
    {kind: 'own', areas: ownList, volume: ownVolume, share: share(ownVolume)},
  ];
  // A rest of one area is that area: it is named rather than hidden behind "1 other area".
  const shown = ranked.length === topN + 1 ? ranked.length : topN;
  for (const [area, volume] of ranked.slice(0, shown))
    parts.push({kind: 'area', areas: [area], volume, share: share(volume)});
  const rest = ranked.slice(shown);
  if (rest.length > 0) {
    const volume = rest.reduce((n, [, v]) => n + v, 0);
    parts.push({kind: 'rest', areas: rest.map(([code]) => code), volume, share: share(volume)});
  }
  return {side: query.side, own: ownList, total, parts, ignored};
}

/** Where an area's residents are treated: itself first, then the top other areas, then the rest. */
export function areaDestinations(
  flows: readonly AreaFlow[] | null | undefined,
  area: AreaCode,
  topN = TOP_OTHERS,
): SelectionFlows {
  return selectionFlows(flows, {own: [area], side: 'destinations', topN});
}

/** Where the patients of trusts in an area (its trusts' HQs) live: its own residents first. */
export function areaOrigins(
  flows: readonly AreaFlow[] | null | undefined,
  area: AreaCode,
  topN = TOP_OTHERS,
): SelectionFlows {
  return selectionFlows(flows, {own: [area], side: 'origins', topN});
}

/**
 * Where a region's residents are treated under `option`: "within the region" as one part,
 * then the top areas outside it, then the rest.
 *
 * One part for the whole region rather than its own areas one by one: most residents are
 * treated in their own area, so per-area bars would repeat the region's area list with the
 * largest numbers and push the flows across the boundary — what the region panel, and the
 * board paper's argument about containment, is about — out of the top few. The single bar is
 * the region's containment, the same figure the panel states.
 * A region the option does not have, or one with no areas, gives an empty result.
 */
export function regionDestinations(
  flows: readonly AreaFlow[] | null | undefined,
  option: BoundaryOption,
  region: RegionId,
  topN = TOP_OTHERS,
): SelectionFlows {
  return selectionFlows(flows, {own: regionMembers(option, region), side: 'destinations', topN});
}
