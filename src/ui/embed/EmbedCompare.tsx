// The embed's `chart=compare`: each region under the option compared (compare=…) and the one
// shown, as in the full app; without compare= it says what to add to the link.
import type {FootprintData} from '../../data/load';
import type {BoundaryOption} from '../../domain/types';
import {CompareChart} from '../charts/CompareChart';
import {useComparison} from '../compare/use-comparison';

export function EmbedCompare({data, option}: {data: FootprintData; option: BoundaryOption}) {
  const comparison = useComparison(data, option);
  if (!comparison) {
    return (
      <p className="nhsuk-body-s" data-testid="embed-compare-hint">
        The comparison chart needs a second option: add compare= to the link, e.g. compare=initial.
      </p>
    );
  }
  return <CompareChart data={data} comparison={comparison} />;
}
