import type {BoundaryOption} from '../types';

/** Whether two options are the same to a user: same title, same regions (ids, names, colours,
 * in order) and every unit in the same region. Ids, dates and descriptions are not compared:
 * a link or a file gives its own. */
export function sameOption(a: BoundaryOption, b: BoundaryOption): boolean {
  const regions = (o: BoundaryOption) => JSON.stringify(o.regions.map((r) => [r.id, r.name, r.colour]));
  const assignments = (o: BoundaryOption) => JSON.stringify(Object.entries(o.assignments).sort(([x], [y]) => (x < y ? -1 : 1)));
  return a.title === b.title && regions(a) === regions(b) && assignments(a) === assignments(b);
}
