// The board pack's scorecard page: every option against the criteria (default thresholds),
// and each option's trade-off against the baseline, in words generated from the figures.
import {DEFAULT_THRESHOLDS, type OptionCriteria} from '../../domain/criteria/types';
import {tradeOffSentences} from '../../domain/criteria/trade-offs';
import {markedTitle} from '../../domain/option-labels';
import type {BoundaryOption} from '../../domain/types';
import {ScorecardTable} from '../scorecard/ScorecardTable';
import {namesOf} from '../scorecard/TradeOffSentences';
import type {CriteriaState} from '../scorecard/use-criteria';
import '../scorecard/scorecard.scss';

/** `pages`: all pages in the pack (this is the first). */
export function BoardPackScorecard({state, baseline, pages}: {state: CriteriaState; baseline: BoundaryOption; pages: number}) {
  return (
    <section className="fp-page fp-page--scorecard" aria-labelledby="fp-pack-scorecard" data-testid="board-pack-scorecard">
      <header className="fp-page__header">
        <h2 id="fp-pack-scorecard">Scorecard: every option against the criteria</h2>
        <p>
          Page 1 of {pages}. Flags use the default thresholds: population ratio at most {DEFAULT_THRESHOLDS.maxPopulationRatio.toFixed(1)}, lowest containment at least{' '}
          {Math.round(DEFAULT_THRESHOLDS.minContainment * 100)}%, no region over {DEFAULT_THRESHOLDS.maxStpsPerRegion} STPs, {DEFAULT_THRESHOLDS.maxSplitDistricts} split districts.
        </p>
      </header>
      {state.status === 'loading' && <p>Computing the criteria…</p>}
      {state.status === 'error' && <p className="nhsuk-error-message">The scorecard could not be computed: {state.message}</p>}
      {state.status === 'ready' && (
        <>
          <ScorecardTable options={state.options} criteria={state.criteria} thresholds={DEFAULT_THRESHOLDS} />
          <TradeOffs options={state.options} criteria={state.criteria} baseline={baseline} />
        </>
      )}
    </section>
  );
}

/** One line of an option's criteria, for its own page. */
export function CriteriaLine({criteria}: {criteria: OptionCriteria | undefined}) {
  if (!criteria) return null;
  const parts = [
    criteria.populationRatio === null ? null : `population ratio ${criteria.populationRatio.toFixed(2)}×`,
    criteria.lowestContainment === null ? null : `lowest containment ${(criteria.lowestContainment.value * 100).toFixed(1)}%`,
    `at most ${criteria.mostStps} STPs in a region`,
    `${criteria.splitDistricts.length} district${criteria.splitDistricts.length === 1 ? '' : 's'} split (${criteria.minorityResidents.toLocaleString('en-GB')} residents on the minority side)`,
  ].filter(Boolean);
  return <p data-testid="board-pack-criteria">Criteria: {parts.join('; ')}.</p>;
}

function TradeOffs({options, criteria, baseline}: {options: BoundaryOption[]; criteria: readonly OptionCriteria[]; baseline: BoundaryOption}) {
  const titles = Object.fromEntries(options.map((o) => [o.id, markedTitle(o)]));
  const a = criteria.find((c) => c.optionId === baseline.id);
  if (!a) return null;
  return (
    <div data-testid="board-pack-tradeoffs">
      <h3>Against {markedTitle(baseline)}</h3>
      {criteria
        .filter((b) => b.optionId !== baseline.id)
        .map((b) => (
          <p key={b.optionId}>{tradeOffSentences(a, b, titles, namesOf(options, [a.optionId, b.optionId])).join(' ')}</p>
        ))}
    </div>
  );
}
