// Colours for the 2026 options' groups: touching groups must differ under every colour vision
// (the builder's rule, CLASH_BELOW), chosen greedily over the units' adjacency.
import {REGION_PALETTE, CLASH_BELOW} from '../../../src/domain/builder/palette';
import {leastDifference} from '../../../src/domain/builder/colour-vision';
import type {Adjacency} from '../../../src/domain/builder/units';
import {BuildError, byCode} from '../raw';
import type {Group} from './groups';

const GREY = REGION_PALETTE.at(-1);

/**
 * Colours for `groups` such that groups whose units touch (`adjacency`) differ by at least
 * CLASH_BELOW under every vision: most-connected groups first, each taking its preferred colour
 * (`prefer`, e.g. the same ICB's colour in another option) if it fits, else the first palette
 * colour that does. Throws naming the group when none fits.
 */
export function colourGroups(
  groups: readonly Pick<Group, 'id' | 'units'>[],
  adjacency: Adjacency,
  prefer: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const groupOf = new Map<string, string>();
  for (const g of groups) for (const u of g.units) groupOf.set(u, g.id);
  const touching = new Map<string, Set<string>>(groups.map((g) => [g.id, new Set()]));
  for (const [unit, others] of adjacency) {
    const a = groupOf.get(unit);
    for (const o of others) {
      const b = groupOf.get(o);
      if (a && b && a !== b) {
        touching.get(a)!.add(b);
        touching.get(b)!.add(a);
      }
    }
  }
  const order = [...groups].sort(
    (x, y) => touching.get(y.id)!.size - touching.get(x.id)!.size || byCode(x.id, y.id),
  );
  const colour = new Map<string, string>();
  for (const g of order) {
    const fits = (c: string) =>
      [...touching.get(g.id)!].every(
        (n) => !colour.has(n) || leastDifference(c, colour.get(n)!).difference >= CLASH_BELOW,
      );
    const wanted = prefer.get(g.id);
    // Else the least-used colour that fits, so the palette is spread over the map.
    const uses = (c: string) => [...colour.values()].filter((x) => x === c).length;
    // Pale grey (the palette's last, read as "no data" on many maps) only when nothing else fits.
    const fitting = REGION_PALETTE.filter(fits).sort(
      (a, b) => Number(a === GREY) - Number(b === GREY) || uses(a) - uses(b),
    );
    const chosen = wanted && fits(wanted) ? wanted : fitting[0];
    if (!chosen)
      throw new BuildError(
        `Group ${g.id} touches groups of every palette colour: no colour can be told apart from its neighbours'`,
      );
    colour.set(g.id, chosen);
  }
  return colour;
}
