// The one flow number for each presenter step: people treated outside their own region under
// this option, and the change from the step before. Loads the small area flow file if needed;
// until it arrives (or if it cannot), the step simply goes without. The numbers are the
// options' rows' England cross-region totals (rowsOf), as in the Regions table's footer.
import {measureLabel, type FlowDataset} from '../../domain/flow-dataset';
import {formatCount, formatSigned} from '../../domain/format';
import {optionPhrase} from '../../domain/options';
import type {BoundaryOption} from '../../domain/types';
import {crossRegionWords} from '../flows/CrossRegionSummary';
import {useActiveFlows} from '../flows/use-flows';
import type {CountedUnit} from '../../domain/aggregates';
import {rowsWith, usePartFigures} from '../use-option-rows';
import {movesAnyPart} from '../flows/use-part-flows';
import {groupNounOf} from '../../domain/geography';
import {useGeography} from '../geography-context';

/** `units`: the areas (the geography's areas file) the options assign. */
export function PresenterFlows({
  units,
  option,
  previous,
}: {
  units: readonly CountedUnit[];
  option: BoundaryOption;
  previous: BoundaryOption | null;
}) {
  const flows = useActiveFlows(true);
  if (flows.status !== 'ready') return null;
  return <FlowFigure units={units} dataset={flows.value} option={option} previous={previous} />;
}

interface FigureProps {
  units: readonly CountedUnit[];
  dataset: FlowDataset;
  option: BoundaryOption;
  previous: BoundaryOption | null;
}

function FlowFigure({units, dataset, option, previous}: FigureProps) {
  const g = useGeography();
  const part = usePartFigures(
    movesAnyPart(option) || (previous !== null && movesAnyPart(previous)),
  );
  const crossRegion = (o: BoundaryOption) =>
    rowsWith(o, units, dataset.flows, part).england.crossRegion;
  const now = crossRegion(option);
  const before = previous ? crossRegion(previous) : null;
  // An option moving parts before its part flows are in: no number rather than a wrong one.
  if (now === null) return null;
  return (
    <p className="fp-presenter__flows" data-testid="presenter-flows">
      <strong>{formatCount(now)}</strong> {crossRegionWords(dataset, groupNounOf(option, g).one)}
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
