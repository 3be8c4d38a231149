// The criteria of every option, for the scorecard: fetched inputs (flows, districts) once the
// scorecard is open, then optionCriteria per option (partOptionCriteria for one that moves
// single parts), memoised per option object (an edited user option is a new object; the others
// are not recomputed). A thrown error becomes a message, never a blank page. The inputs are
// fetched in criteria-inputs.ts; one option is scored (and remembered) in criteria-of.ts.
import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import type {OptionCriteria} from '../../domain/criteria/types';
import type {BoundaryOption} from '../../domain/types';
import {useShownOptions} from '../later-options';
import {movesAnyPart} from '../flows/use-part-flows';
import {criteriaOf} from './criteria-of';
import {messageOf, useCriteriaInputs} from './criteria-inputs';

export type CriteriaState =
  | {status: 'loading'}
  | {status: 'error'; message: string}
  | {
      status: 'ready';
      options: BoundaryOption[];
      criteria: OptionCriteria[];
      flowsMissing: boolean;
      districtsMissing?: boolean;
    };

/** Criteria of every option (built-in then user-built) once `wanted`. */
export function useAllCriteria(data: FootprintData, wanted: boolean): CriteriaState {
  const options = useShownOptions(data);
  const inputs = useCriteriaInputs(data, wanted, options.some(movesAnyPart));
  return useMemo((): CriteriaState => {
    if (inputs.status !== 'ready') return inputs;
    try {
      const criteria = options.map((o) => criteriaOf(o, inputs.inputs));
      return {
        status: 'ready',
        options,
        criteria,
        flowsMissing: inputs.flowsMissing,
        districtsMissing: inputs.districtsMissing,
      };
    } catch (err) {
      return {status: 'error', message: messageOf(err)};
    }
  }, [options, inputs]);
}

/** Criteria of one option (the region panel's). */
export function useOptionCriteria(
  data: FootprintData,
  option: BoundaryOption,
):
  | {status: 'loading'}
  | {status: 'error'; message: string}
  | {status: 'ready'; criteria: OptionCriteria} {
  const inputs = useCriteriaInputs(data, true, movesAnyPart(option));
  return useMemo(() => {
    if (inputs.status !== 'ready') return inputs;
    try {
      return {status: 'ready', criteria: criteriaOf(option, inputs.inputs)};
    } catch (err) {
      return {status: 'error', message: messageOf(err)};
    }
  }, [option, inputs]);
}
