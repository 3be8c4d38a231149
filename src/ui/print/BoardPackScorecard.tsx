// The board pack's scorecard page: every option against the criteria (default thresholds),
// and each option's trade-off against the baseline, in words generated from the figures.
import {criterionRow, criterionRowsIn} from '../../domain/criteria/rows';
import {thresholdDefaultsOf, type OptionCriteria} from '../../domain/criteria/types';
import {tradeOffSentences} from '../../domain/criteria/trade-offs';
import {markedTitle} from '../../domain/option-labels';
import type {BoundaryOption} from '../../domain/types';
import {ScorecardTable} from '../scorecard/ScorecardTable';
import {criterionText, formatCriterion, thresholdsInWords, type ScorecardOption} from '../scorecard/row-format';
import {namesOf} from '../scorecard/TradeOffSentences';
import type {CriteriaState} from '../scorecard/use-criteria';
import {splitInWords, splitSides} from '../../domain/criteria/split-list';
import {groupNounOf} from '../../domain/geography';
import {capitalise} from '../../domain/format';
import '../scorecard/scorecard.scss';
import {useGeography} from '../geography-context';

/** `pages`: all pages in the pack (this is the first). */
export function BoardPackScorecard({state, baseline, pages}: {state: CriteriaState; baseline: BoundaryOption; pages: number}) {
  const geography = useGeography();
  const thresholds = thresholdDefaultsOf(geography);
  return (
    <section className="fp-page fp-page--scorecard" aria-labelledby="fp-pack-scorecard" data-testid="board-pack-scorecard">
      <header className="fp-page__header">
        <h2 id="fp-pack-scorecard">Scorecard: every option against the criteria</h2>
        <p>
          Page 1 of {pages}. Flags use the default thresholds: <span data-testid="board-pack-thresholds">{thresholdsInWords(thresholds, geography, criterionRowsIn(geography))}</span>.
        </p>
      </header>
      {state.status === 'loading' && <p>Computing the criteria…</p>}
      {state.status === 'error' && <p className="nhsuk-error-message">The scorecard could not be computed: {state.message}</p>}
      {state.status === 'ready' && (
        <>
          <ScorecardTable options={state.options} criteria={state.criteria} thresholds={thresholds} />
          <TradeOffs options={state.options} criteria={state.criteria} baseline={baseline} />
        </>
      )}
    </section>
  );
}

/** One line of an option's criteria, for its own page: the scorecard's figures written by the
 * scorecard's formatters (row-format.ts), so the line and the scorecard sheet always agree. */
export function CriteriaLine({criteria, option}: {criteria: OptionCriteria | undefined; option: ScorecardOption}) {
  const geography = useGeography();
  const areas = geography.areas.noun.many;
  if (!criteria) return null;
  const text = (id: Parameters<typeof criterionRow>[0]) => criterionText(criterionRow(id), criteria, option, thresholdDefaultsOf(geography));
  const [ratio, containment] = [text('population-ratio'), text('lowest-containment')];
  const splits = criteria.splitDistricts.length;
  const parts = [
    ratio === null ? null : `population ratio ${ratio}`,
    containment === null ? null : `lowest containment ${containment}`,
    `at most ${text('most-stps')} ${areas} in a region`,
    `${text('split-districts')} district${splits === 1 ? '' : 's'} split (${formatCriterion(criterionRow('minority-residents'), criteria.minorityResidents)} residents on the minority side)`,
  ].filter(Boolean);
  return <p data-testid="board-pack-criteria">Criteria: {parts.join('; ')}.</p>;
}

/** Which districts the option splits, with residents on each side (issue 21, fault 10):
 * nothing where none are split or the geography has no districts. */
export function SplitsLine({criteria, option}: {criteria: OptionCriteria | undefined; option: Pick<BoundaryOption, 'regions' | 'groupNoun'>}) {
  const geography = useGeography();
  if (!criteria?.splitDistricts.length || !geography.districts) return null;
  const splits = splitSides(criteria.splitDistricts, option.regions);
  const noun = groupNounOf(option, geography).many;
  return (
    <p className="fp-page__splits" data-testid="board-pack-splits">
      {capitalise(geography.districts.noun.many)} split between {noun} (residents on each side): {splits.map((s) => splitInWords(s)).join(' · ')}.
    </p>
  );
}

function TradeOffs({options, criteria, baseline}: {options: BoundaryOption[]; criteria: readonly OptionCriteria[]; baseline: BoundaryOption}) {
  const titles = Object.fromEntries(options.map((o) => [o.id, markedTitle(o)]));
  const g = useGeography();
  const aims = {rows: g.criteria.rows, thresholds: thresholdDefaultsOf(g), regionNoun: g.regionNoun};
  const a = criteria.find((c) => c.optionId === baseline.id);
  if (!a) return null;
  return (
    <div data-testid="board-pack-tradeoffs">
      <h3>Against {markedTitle(baseline)}</h3>
      {criteria
        .filter((b) => b.optionId !== baseline.id)
        .map((b) => (
          <p key={b.optionId}>{tradeOffSentences(a, b, titles, namesOf(options, [a.optionId, b.optionId]), aims).join(' ')}</p>
        ))}
    </div>
  );
}
