// Every option against every criterion: rows are criteria, columns options. The best value in
// a row says "Best" and a value past its threshold says so ("Over 2.00×"), both in words with
// an icon, never by colour alone (cellMarks); both compare the values as shown. Presentational: give it
// criteria, it draws them.
import {criterionRowsIn, type CriterionRow} from '../../domain/criteria/rows';
import {bestOptions, isFlagged} from '../../domain/criteria/row-judging';
import {useGeography} from '../geography-context';
import {groupNounOfAll} from '../../domain/geography';
import type {OptionCriteria, Thresholds} from '../../domain/criteria/types';
import {UserBuiltTag} from '../UserBuiltTag';
import {cellMarks, criterionText, type ScorecardOption} from './row-format';

export interface ScorecardTableProps {
  /** The options, in column order (built-in then user-built). */
  options: readonly ScorecardOption[];
  /** The criteria of each option, in the same order. */
  criteria: readonly OptionCriteria[];
  thresholds: Thresholds;
  rows?: readonly CriterionRow[];
  /** The ids of the options drawn as columns (default: all); "Best" still compares all, so a
   * table split over sheets (the board pack) marks the same cells as the whole one. */
  columns?: readonly string[];
  /** The caption, for a table split over sheets: its own id and words. */
  caption?: {id: string; text: string};
}

export function ScorecardTable({
  options,
  criteria,
  thresholds,
  rows: given,
  columns,
  caption = {id: 'fp-scorecard-caption', text: 'Every option against the criteria'},
}: ScorecardTableProps) {
  const geography = useGeography();
  const rows = given ?? criterionRowsIn(geography, groupNounOfAll(options, geography));
  const shown = (id: string) => !columns || columns.includes(id);
  return (
    <div className="fp-table-scroll" role="region" aria-labelledby={caption.id} tabIndex={0}>
      <table className="nhsuk-table fp-data-table fp-scorecard-table" data-testid="scorecard-table">
        <caption className="nhsuk-table__caption" id={caption.id}>
          {caption.text}
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Criterion</th>
            {options
              .filter((o) => shown(o.id))
              .map((o) => (
                <th key={o.id} scope="col" className="fp-num" data-testid="scorecard-option">
                  {o.title}
                  <UserBuiltTag option={o} />
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <ScorecardRowView
              key={row.id}
              row={row}
              options={options}
              criteria={criteria}
              thresholds={thresholds}
              shown={shown}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  row: CriterionRow;
  options: readonly ScorecardOption[];
  criteria: readonly OptionCriteria[];
  thresholds: Thresholds;
  shown(optionId: string): boolean;
}

function ScorecardRowView({row, options, criteria, thresholds, shown}: RowProps) {
  const best = new Set(bestOptions(row, criteria, thresholds));
  return (
    <tr data-testid={`scorecard-row-${row.id}`}>
      <th scope="row">
        {row.label}
        <span className="fp-th-hint"> ({row.unitWords})</span>
      </th>
      {criteria
        .filter((c) => shown(c.optionId))
        .map((c) => {
          const text = criterionText(
            row,
            c,
            options.find((o) => o.id === c.optionId),
            thresholds,
          );
          return (
            <td key={c.optionId} className="fp-num fp-scorecard-cell">
              {text === null ? (
                <>
                  <span aria-hidden="true">—</span>
                  <span className="fp-visually-hidden">Not known</span>
                </>
              ) : (
                text
              )}
              {cellMarks(
                row,
                best.has(c.optionId),
                isFlagged(row, row.value(c, thresholds), thresholds),
                thresholds,
              ).map((m) => (
                <span
                  key={m.kind}
                  className={`fp-scorecard-${m.kind}`}
                  data-testid={`scorecard-${m.kind}`}
                >
                  <span aria-hidden="true">{m.icon} </span>
                  {m.words}
                </span>
              ))}
            </td>
          );
        })}
    </tr>
  );
}
