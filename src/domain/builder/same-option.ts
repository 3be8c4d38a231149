import type {BoundaryOption} from '../types';

/** Whether two options are the same to a user: same title, same regions (ids, names, colours,
 * in order) and every unit and every part moved on its own in the same region (an empty
 * partAssignments is the same as none). Ids, dates and descriptions are not compared:
 * a link or a file gives its own. */
export function sameOption(a: BoundaryOption, b: BoundaryOption): boolean {
  const regions = (o: BoundaryOption) =>
    JSON.stringify(o.regions.map((r) => [r.id, r.name, r.colour]));
  const sorted = (record: Record<string, string> | undefined) =>
    JSON.stringify(Object.entries(record ?? {}).sort(([x], [y]) => (x < y ? -1 : 1)));
  return (
    a.title === b.title &&
    regions(a) === regions(b) &&
    sorted(a.assignments) === sorted(b.assignments) &&
    sorted(a.partAssignments) === sorted(b.partAssignments)
  );
}
