// A user-built option as the builder makes one: the revised proposal with Northamptonshire
// moved into a new region (no ONS code), a user's title, no phrase and no reasons.
import type {BoundaryOption} from '../../src/domain/types';

export const NORTHAMPTONSHIRE = 'E54000020';

export function userOption(
  revised: BoundaryOption,
  overrides: Partial<BoundaryOption> = {},
): BoundaryOption {
  return {
    id: 'user-1',
    title: 'My option 1',
    date: '2024-03-01',
    description: 'Built in Footprint from the revised proposal. Not an official proposal.',
    source: {document: 'Footprint user', paragraphs: '—'},
    regions: [
      ...revised.regions,
      {id: 'new-1', code: null, name: 'Nene Valley', colour: '#7a2d8f'},
    ],
    assignments: {...revised.assignments, [NORTHAMPTONSHIRE]: 'new-1'},
    userBuilt: {basedOn: revised.id, baseId: revised.id},
    ...overrides,
  };
}
