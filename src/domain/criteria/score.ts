// Computes OptionCriteria for any option (issue 12). Placeholder until the criteria are built.
import type {BoundaryOption, Stp} from '../types';
import type {StpFlow} from '../flows';
import type {DistrictResidents, OptionCriteria} from './types';

export interface CriteriaInputs {
  units: readonly Stp[];
  /** STP-to-STP flows; null when not loaded (flow criteria are then null). */
  flows: readonly StpFlow[] | null;
  districts: readonly DistrictResidents[];
}

/** The criteria of `option`: see types.ts for shapes and units. */
export function optionCriteria(option: BoundaryOption, inputs: CriteriaInputs): OptionCriteria {
  void option;
  void inputs;
  throw new Error('optionCriteria is not built yet');
}
