// Every option against every criterion: rows are criteria, columns options. The best value in
// a row says "Best" and a value past its threshold says so ("Over 2.00×"), both in words with
// an icon, never by colour alone. Presentational: give it criteria, it draws them.
import type {OptionCriteria, Thresholds} from '../../domain/criteria/types';
import type {BoundaryOption} from '../../domain/types';
import {UserBuiltTag} from '../UserBuiltTag';
import {bestIndexes, flagWords, passes, SCORECARD_ROWS, type ScorecardRow} from './rows';

export interface ScorecardTableProps {
  /** The options, in column order (built-in then user-built). */
  options: readonly Pick<BoundaryOption, 'id' | 'title' | 'userBuilt'>[];
  /** The criteria of each option, in the same order. */
  criteria: readonly OptionCriteria[];
  thresholds: Thresholds;
  rows?: readonly ScorecardRow[];
}

export function ScorecardTable({options, criteria, thresholds, rows = SCORECARD_ROWS}: ScorecardTableProps) {
  return (
    <div className="fp-table-scroll" role="region" aria-labelledby="fp-scorecard-caption" tabIndex={0}>
      <table className="nhsuk-table fp-data-table fp-scorecard-table" data-testid="scorecard-table">
        <caption className="nhsuk-table__caption" id="fp-scorecard-caption">
          Every option against the criteria
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Criterion</th>
            {options.map((o) => (
              <th key={o.id} scope="col" className="fp-num" data-testid="scorecard-option">
                {o.title}
                <UserBuiltTag option={o} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <ScorecardRowView key={row.id} row={row} criteria={criteria} thresholds={thresholds} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ScorecardRowView({row, criteria, thresholds}: {row: ScorecardRow; criteria: readonly OptionCriteria[]; thresholds: Thresholds}) {
  const values = criteria.map((c) => row.value(c));
  const best = bestIndexes(row, values);
  return (
    <tr data-testid={`scorecard-row-${row.id}`}>
      <th scope="row">
        {row.label}
        <span className="fp-th-hint"> ({row.unit})</span>
      </th>
      {values.map((v, i) => (
        <td key={criteria[i]!.optionId} className="fp-num fp-scorecard-cell">
          {v === null ? (
            <>
              <span aria-hidden="true">—</span>
              <span className="fp-visually-hidden">Not known</span>
            </>
          ) : (
            row.format(v)
          )}
          {best.has(i) && (
            <span className="fp-scorecard-best" data-testid="scorecard-best">
              <span aria-hidden="true">★ </span>Best
            </span>
          )}
          {v !== null && !passes(row, v, thresholds) && (
            <span className="fp-scorecard-flag" data-testid="scorecard-flag">
              <span aria-hidden="true">⚠ </span>
              {flagWords(row, thresholds)}
            </span>
          )}
        </td>
      ))}
    </tr>
  );
}
