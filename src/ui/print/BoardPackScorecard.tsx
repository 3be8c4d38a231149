// The board pack's scorecard page: every option against the criteria (default thresholds),
// and each option's trade-off against the baseline, in words generated from the figures.
import {groupNounOfAll} from '../../domain/geography';
import {criterionRowsIn} from '../../domain/criteria/rows';
import {thresholdDefaultsOf, type OptionCriteria} from '../../domain/criteria/types';
import {tradeOffSentences} from '../../domain/criteria/trade-offs';
import {markedTitle} from '../../domain/option-labels';
import type {BoundaryOption} from '../../domain/types';
import {ScorecardTable} from '../scorecard/ScorecardTable';
import {thresholdsInWords} from '../scorecard/row-format';
import {groupWordsOf, namesOf} from '../scorecard/TradeOffSentences';
import type {CriteriaState} from '../scorecard/use-criteria';
import '../scorecard/scorecard.scss';
import {useGeography} from '../geography-context';
import {useFitSheet} from './use-fit-sheet';
import {SheetCut} from './SheetCut';

/** Options per scorecard sheet: more columns do not fit an A4 landscape sheet at a legible size
 * (issue 21: the sixth column and the last row ran off it). */
export const COLUMNS_PER_SHEET = 4;
/** Trade-off paragraphs per sheet (each names two options and up to five criteria). */
const TRADE_OFFS_PER_SHEET = 6;

interface ScorecardSheet {
  /** The option ids drawn as columns on this sheet (none: trade-offs only). */
  columns: string[];
  /** The trade-offs (options other than the baseline) on this sheet. */
  tradeOffs: string[];
}

/** How the scorecard falls onto sheets: its columns at most COLUMNS_PER_SHEET at a time, shared
 * evenly (five options: 3 + 2, not 4 + 1 with the last option alone on a sheet), then the
 * trade-offs against `baselineId`, on the last table's sheet when there are at most three
 * options (as it always was), else on sheets of their own. */
export function scorecardSheets(
  optionIds: readonly string[],
  baselineId: string,
): ScorecardSheet[] {
  const sheets: ScorecardSheet[] = [];
  const count = Math.max(1, Math.ceil(optionIds.length / COLUMNS_PER_SHEET));
  // The first (n mod count) sheets take one column more: 13 options give 4 + 3 + 3 + 3.
  for (let k = 0, start = 0; k < count; k++) {
    const width = Math.floor(optionIds.length / count) + (k < optionIds.length % count ? 1 : 0);
    sheets.push({columns: optionIds.slice(start, start + width), tradeOffs: []});
    start += width;
  }
  const others = optionIds.filter((id) => id !== baselineId);
  if (optionIds.length <= 3) sheets[sheets.length - 1]!.tradeOffs = others;
  else
    for (let i = 0; i < others.length; i += TRADE_OFFS_PER_SHEET)
      sheets.push({columns: [], tradeOffs: others.slice(i, i + TRADE_OFFS_PER_SHEET)});
  return sheets;
}

/** The scorecard's sheets: every option against the criteria (default thresholds), and each
 * option's trade-off against the baseline. `pages`: all pages in the pack (these come first). */
export function BoardPackScorecard({
  state,
  options,
  baseline,
  pages,
}: {
  state: CriteriaState;
  options?: readonly BoundaryOption[];
  baseline: BoundaryOption;
  pages: number;
}) {
  const sheets = scorecardSheets(
    (options ?? (state.status === 'ready' ? state.options : [baseline])).map((o) => o.id),
    baseline.id,
  );
  return sheets.map((sheet, i) => (
    <ScorecardSheetView
      key={i}
      sheet={sheet}
      index={i}
      count={sheets.length}
      state={state}
      baseline={baseline}
      pages={pages}
    />
  ));
}

interface SheetProps {
  sheet: ScorecardSheet;
  index: number;
  count: number;
  state: CriteriaState;
  baseline: BoundaryOption;
  pages: number;
}

function ScorecardSheetView({sheet, index, count, state, baseline, pages}: SheetProps) {
  const geography = useGeography();
  const thresholds = thresholdDefaultsOf(geography);
  // The words of the options' groups together ("ICB, cluster or region"), as the table's rows.
  const groups =
    state.status === 'ready' ? groupNounOfAll(state.options, geography) : geography.regionNoun;
  const {ref, cut} = useFitSheet();
  const id = index === 0 ? 'fp-pack-scorecard' : `fp-pack-scorecard-${index + 1}`;
  return (
    <section
      ref={ref}
      className="fp-page fp-page--scorecard"
      aria-labelledby={id}
      data-testid="board-pack-scorecard"
    >
      <header className="fp-page__header">
        <h2 id={id}>
          Scorecard: every option against the criteria
          {count > 1 ? ` (${index + 1} of ${count})` : ''}
        </h2>
        <p>
          Page {index + 1} of {pages}. Flags use the default thresholds:{' '}
          <span data-testid="board-pack-thresholds">
            {thresholdsInWords(
              thresholds,
              {...geography, regionNoun: groups},
              criterionRowsIn(geography, groups),
            )}
          </span>
          .
        </p>
      </header>
      {cut && <SheetCut />}
      {state.status === 'loading' && <p>Computing the criteria…</p>}
      {state.status === 'error' && (
        <p className="nhsuk-error-message">The scorecard could not be computed: {state.message}</p>
      )}
      {state.status === 'ready' && (
        <>
          {sheet.columns.length > 0 && (
            <ScorecardTable
              options={state.options}
              criteria={state.criteria}
              thresholds={thresholds}
              columns={sheet.columns}
              caption={{
                id: `${id}-caption`,
                text:
                  count > 1
                    ? `Every option against the criteria (${sheet.columns.length} of ${state.options.length} options)`
                    : 'Every option against the criteria',
              }}
            />
          )}
          {sheet.tradeOffs.length > 0 && (
            <TradeOffs
              options={state.options}
              criteria={state.criteria}
              baseline={baseline}
              shown={sheet.tradeOffs}
            />
          )}
        </>
      )}
    </section>
  );
}

function TradeOffs({
  options,
  criteria,
  baseline,
  shown,
}: {
  options: BoundaryOption[];
  criteria: readonly OptionCriteria[];
  baseline: BoundaryOption;
  shown: readonly string[];
}) {
  const titles = Object.fromEntries(options.map((o) => [o.id, markedTitle(o)]));
  const g = useGeography();
  const aims = (ids: string[]) => ({
    rows: g.criteria.rows,
    thresholds: thresholdDefaultsOf(g),
    regionNoun: groupWordsOf(options, ids, g).both,
  });
  const {nouns} = groupWordsOf(options, [], g);
  const a = criteria.find((c) => c.optionId === baseline.id);
  if (!a) return null;
  return (
    <div data-testid="board-pack-tradeoffs">
      <h3>Against {markedTitle(baseline)}</h3>
      {criteria
        .filter((b) => b.optionId !== baseline.id && shown.includes(b.optionId))
        .map((b) => (
          <p key={b.optionId}>
            {tradeOffSentences(
              a,
              b,
              titles,
              namesOf(options, [a.optionId, b.optionId]),
              aims([a.optionId, b.optionId]),
              nouns,
            ).join(' ')}
          </p>
        ))}
    </div>
  );
}
