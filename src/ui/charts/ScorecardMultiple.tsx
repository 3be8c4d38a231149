// One small multiple of the scorecard chart: a criterion's title, its point in words (which
// names the SVG for screen readers) and a bar per option at the width of its grid cell.
import {useId, useMemo} from 'react';
import type {CriterionRow} from '../../domain/criteria/rows';
import type {OptionCriteria, Thresholds} from '../../domain/criteria/types';
import type {ScorecardOption} from '../scorecard/row-format';
import {HBarChart} from './HBarChart';
import {labelChars, scorecardMultiple} from './scorecard-chart-data';
import {useChartWidth} from './use-chart-width';

interface Props {
  row: CriterionRow;
  options: readonly ScorecardOption[];
  criteria: readonly OptionCriteria[];
  thresholds: Thresholds;
}

export function ScorecardMultipleView({row, options, criteria, thresholds}: Props) {
  const id = useId();
  const [ref, width] = useChartWidth<HTMLDivElement>();
  const chars = labelChars(width);
  const multiple = useMemo(
    () => scorecardMultiple(row, options, criteria, thresholds, chars),
    [row, options, criteria, thresholds, chars],
  );
  return (
    <div className="fp-scorecard-chart__multiple" data-testid={`scorecard-chart-${row.id}`}>
      <p className="fp-scorecard-chart__title" id={`${id}-title`}>
        {row.label} <span className="fp-th-hint">({row.unitWords})</span>
      </p>
      <p className="fp-visually-hidden" id={`${id}-summary`}>
        {multiple.summary}
      </p>
      <div className="fp-scorecard-chart__plot" ref={ref}>
        <HBarChart
          bars={multiple.bars}
          width={width}
          marker={multiple.marker}
          scope={`fp-sc-${row.id}`}
          labelledBy={`${id}-title ${id}-summary`}
        />
      </div>
    </div>
  );
}
