// The one flow number for each presenter step: people treated outside their own region under
// this option, and the change from the step before. Loads the small STP flow file if needed;
// until it arrives (or if it cannot), the step simply goes without.
import {measureLabel, type FlowDataset} from '../../domain/flow-dataset';
import {optionCrossRegionTotal} from '../../domain/flows';
import {formatCount, formatSigned} from '../../domain/format';
import {optionPhrase} from '../../domain/options';
import type {BoundaryOption} from '../../domain/types';
import {crossRegionWords} from '../flows/CrossRegionSummary';
import {useActiveFlows} from '../flows/use-flows';

export function PresenterFlows({option, previous}: {option: BoundaryOption; previous: BoundaryOption | null}) {
  const flows = useActiveFlows(true);
  if (flows.status !== 'ready') return null;
  return <FlowFigure dataset={flows.value} option={option} previous={previous} />;
}

function FlowFigure({dataset, option, previous}: {dataset: FlowDataset; option: BoundaryOption; previous: BoundaryOption | null}) {
  const now = optionCrossRegionTotal(option, dataset.flows).total;
  const before = previous ? optionCrossRegionTotal(previous, dataset.flows).total : null;
  return (
    <p className="fp-presenter__flows" data-testid="presenter-flows">
      <strong>{formatCount(now)}</strong> {crossRegionWords(dataset)}
      {previous && before !== null ? (
        <>
          {' '}
          (<strong>{formatSigned(now - before)}</strong> against {optionPhrase(previous)})
        </>
      ) : null}
      . <span className="fp-presenter__measure">Measure: {measureLabel(dataset)}.</span>
    </p>
  );
}
