// The official units that group several of a geography's areas (e.g. the ICBs of 2023 and of
// 2026 on England 2026), from each area's own `within` list: what the builder offers to move
// all at once. Words and levels come from the data, never from code.
import type {Area} from '../types';
import {compareTextEnGB} from '../format';

export interface OfficialGroup {
  /** "level|vintage|code": unique, for a form's value. */
  key: string;
  /** As the data names it, e.g. "NHS Frimley Integrated Care Board". */
  name: string;
  /** E.g. "ICB, April 2023". */
  what: string;
  /** Codes of the areas within it, in the areas' order. */
  units: string[];
}

/**
 * Every official unit of `areas`' `within` lists that holds more than one area (one holding a
 * single area is that area: move it on its own), ordered by level and vintage as first met, then
 * by name. Units of one vintage holding exactly the same areas are offered once, as the one of
 * the level met last (the broadest: `within` lists go from fine to broad), so Frimley's sub-ICB
 * location of 2023 is not offered beside its ICB; each vintage's list stays whole. [] when the areas carry no `within`.
 */
export function officialGroups(areas: readonly Pick<Area, 'code' | 'within'>[]): OfficialGroup[] {
  const groups = new Map<string, OfficialGroup & {order: number; vintage: string}>();
  const kinds: string[] = [];
  for (const area of areas) {
    for (const w of area.within ?? []) {
      const kind = `${w.level}|${w.vintage}`;
      if (!kinds.includes(kind)) kinds.push(kind);
      const key = `${kind}|${w.code}`;
      const group = groups.get(key) ?? {
        key,
        name: w.name,
        what: `${w.level}, ${w.vintage}`,
        units: [],
        order: kinds.indexOf(kind),
        vintage: w.vintage,
      };
      group.units.push(area.code);
      groups.set(key, group);
    }
  }
  // Of the units of one vintage holding the same areas, the one of the level met last.
  const broadest = new Map<string, OfficialGroup & {order: number; vintage: string}>();
  for (const g of groups.values()) {
    const same = `${g.vintage}|${g.units.join(' ')}`;
    const kept = broadest.get(same);
    if (!kept || g.order > kept.order) broadest.set(same, g);
  }
  return [...broadest.values()]
    .filter((g) => g.units.length > 1)
    .sort((a, b) => a.order - b.order || compareTextEnGB(a.name, b.name))
    .map(({order: _, vintage: __, ...g}) => g);
}
