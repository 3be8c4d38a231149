// The embed's `chart=scorecard`: every option against the criteria at the default thresholds,
// the chart with the scorecard table under it, folded (its text alternative).
import type {FootprintData} from '../../data/load';
import {thresholdDefaultsOf} from '../../domain/criteria/types';
import {ScorecardChart} from '../charts/ScorecardChart';
import {ScorecardTable} from '../scorecard/ScorecardTable';
import {useAllCriteria} from '../scorecard/use-criteria';
import '../scorecard/scorecard.scss';

export function EmbedScorecard({data}: {data: FootprintData}) {
  const state = useAllCriteria(data, true);
  const thresholds = thresholdDefaultsOf(data.geography);
  if (state.status === 'loading') return <p className="nhsuk-body-s">Computing the scorecard…</p>;
  if (state.status === 'error')
    return <p className="nhsuk-body-s">The scorecard could not be computed: {state.message}</p>;
  return (
    <div data-testid="embed-scorecard">
      <ScorecardChart
        options={state.options}
        criteria={state.criteria}
        thresholds={thresholds}
        table="below"
      />
      <details className="fp-chart__numbers">
        <summary>Show the numbers in this chart</summary>
        <ScorecardTable options={state.options} criteria={state.criteria} thresholds={thresholds} />
      </details>
    </div>
  );
}
