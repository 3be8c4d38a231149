// The scorecard chart (issue 13): each criterion of the scorecard across every option, built-in
// and user-built, one small multiple per criterion, the best value marked "★ Best" and a value
// past its threshold "⚠ Over 2.00×" in words. Drawn from the same OptionCriteria as the
// scorecard table beside it, which is its text alternative (the caption says so).
import {useMemo} from 'react';
import {criterionRowsIn} from '../../domain/criteria/rows';
import {useGeography} from '../geography-context';
import {groupNounOfAll} from '../../domain/geography';
import type {OptionCriteria, Thresholds} from '../../domain/criteria/types';
import type {ScorecardOption} from '../scorecard/row-format';
import {ChartFigure} from './ChartFigure';
import {BEST_MARK, scorecardMultiples, scorecardSummary} from './scorecard-chart-data';
import {ScorecardMultipleView} from './ScorecardMultiple';
import './charts.scss';

export interface ScorecardChartProps {
  /** The options, in the scorecard table's column order. */
  options: readonly ScorecardOption[];
  /** Each option's criteria, as the scorecard table is given them. */
  criteria: readonly OptionCriteria[];
  thresholds: Thresholds;
  /** Where the table with the same numbers is, for the caption. */
  table: 'above' | 'below';
}

export function ScorecardChart({options, criteria, thresholds, table}: ScorecardChartProps) {
  const geography = useGeography();
  // The summary only needs the marks, which do not depend on the width.
  const rows = criterionRowsIn(geography, groupNounOfAll(options, geography));
  const summary = useMemo(
    () => scorecardSummary(options, scorecardMultiples(options, criteria, thresholds, rows)),
    [options, criteria, thresholds, rows],
  );
  return (
    <ChartFigure
      testId="scorecard-chart"
      className="fp-scorecard-chart"
      title="Scorecard chart: each criterion across every option."
      summary={`${summary} ${BEST_MARK.replace(' ', '\u00a0')} marks the best value of each criterion (“★ lowest/highest of the options” where it is itself past the threshold), ⚠ a value past its threshold. The table ${table} has the same numbers.`}
    >
      {() => (
        <div className="fp-scorecard-chart__grid">
          {rows.map((row) => (
            <ScorecardMultipleView
              key={row.id}
              row={row}
              options={options}
              criteria={criteria}
              thresholds={thresholds}
            />
          ))}
        </div>
      )}
    </ChartFigure>
  );
}
