// The scorecard section under the map: every option (built-in and user-built) against the
// criteria boards weigh, with thresholds the user can change. Folded by default: opening it
// fetches the flows and districts it needs, so the first load stays light. Opened by
// `?scorecard=1` or `#fp-scorecard`.
import {useEffect} from 'react';
import type {FootprintData} from '../../data/load';
import {useScorecard} from '../../state/thresholds';
import {groupNounOfAll} from '../../domain/geography';
import {useShownOptions} from '../later-options';
import {ScorecardChart} from '../charts/ScorecardChart';
import {FlagNews} from './FlagNews';
import {ScorecardTable} from './ScorecardTable';
import {SplitDistricts} from './SplitDistricts';
import {ThresholdControls} from './ThresholdControls';
import {useAllCriteria} from './use-criteria';
import './scorecard.scss';

export const SCORECARD_ANCHOR = 'fp-scorecard';

export function Scorecard({data}: {data: FootprintData}) {
  const open = useScorecard((s) => s.open);
  const setOpen = useScorecard((s) => s.setOpen);
  useEffect(() => {
    if (location.hash === `#${SCORECARD_ANCHOR}`) setOpen(true);
  }, [setOpen]);
  return (
    <details
      className="nhsuk-details fp-scorecard"
      id={SCORECARD_ANCHOR}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid="scorecard"
    >
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          Scorecard: every option against the criteria
        </span>
      </summary>
      <div className="nhsuk-details__text">{open && <ScorecardBody data={data} />}</div>
    </details>
  );
}

function ScorecardBody({data}: {data: FootprintData}) {
  const state = useAllCriteria(data, true);
  const thresholds = useScorecard((s) => s.thresholds);
  const groups = groupNounOfAll(useShownOptions(data), data.geography);
  return (
    <>
      <ThresholdControls groups={groups} />
      <div role="status" data-testid="scorecard-status">
        {state.status === 'loading' && (
          <p className="nhsuk-body-s">Loading the flows and districts…</p>
        )}
        {state.status === 'error' && (
          <p className="nhsuk-body-s fp-scorecard-error" data-testid="scorecard-error">
            The scorecard could not be computed: {state.message}
          </p>
        )}
        {state.status === 'ready' && state.flowsMissing && (
          <p className="nhsuk-body-s">The flow data did not load: flow criteria show —.</p>
        )}
        {state.status === 'ready' && state.districtsMissing && (
          <p className="nhsuk-body-s" data-testid="scorecard-no-districts">
            {data.geography.title} has no local authority districts: the coterminosity rows are left
            out.
          </p>
        )}
      </div>
      {state.status === 'ready' && (
        <>
          <FlagNews criteria={state.criteria} thresholds={thresholds} />
          <ScorecardTable
            options={state.options}
            criteria={state.criteria}
            thresholds={thresholds}
          />
          {!state.districtsMissing && (
            <SplitDistricts options={state.options} criteria={state.criteria} />
          )}
          <ScorecardChart
            options={state.options}
            criteria={state.criteria}
            thresholds={thresholds}
            table="above"
          />
        </>
      )}
    </>
  );
}
