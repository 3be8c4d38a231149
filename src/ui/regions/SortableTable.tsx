// A table whose columns are data (so another measure, such as flow containment, is one more
// entry in a list) and which sorts by any column. The sort controls are buttons inside the
// column headers, the sorted header carries aria-sort, and the new order is announced politely.
// A missing value is null, never a sentinel: it is shown "–" and sorts last in both directions,
// so a region without a figure never passes for the smallest (or largest) one.
import {useState, type ReactNode} from 'react';

export interface TableColumn<Row> {
  id: string;
  /** Header text; also used in the sort announcement, so say what it is ("Population"). */
  label: string;
  /** Optional smaller text under the label, e.g. the unit or vintage. */
  hint?: string;
  numeric: boolean;
  /** What the column sorts by; null when the row has no figure (shown "–", sorted last). */
  value(row: Row): number | string | null;
  /** The cell as shown; defaults to the value ("–" for null). */
  cell?(row: Row): ReactNode;
  /** The England total for the footer, if the measure adds up. */
  total?: ReactNode;
}

type Direction = 'ascending' | 'descending';

export interface SortableTableProps<Row> {
  caption: string;
  captionHint?: ReactNode;
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey(row: Row): string;
  /** Text for the footer's row header (e.g. "England"); no footer when absent. */
  totalLabel?: string;
  testId?: string;
  rowClassName?(row: Row): string | undefined;
}

export function SortableTable<Row>({
  caption,
  captionHint,
  columns,
  rows,
  rowKey,
  totalLabel,
  testId,
  rowClassName,
}: SortableTableProps<Row>) {
  const [sort, setSort] = useState<{id: string; direction: Direction} | null>(null);
  const column = columns.find((c) => c.id === sort?.id);
  const sorted = column && sort ? sortRows(rows, column, sort.direction) : rows;

  const toggle = (c: TableColumn<Row>) => {
    // Numbers first sort largest first (what people look for); names A to Z.
    const first: Direction = c.numeric ? 'descending' : 'ascending';
    const direction: Direction =
      sort?.id === c.id ? (sort.direction === 'ascending' ? 'descending' : 'ascending') : first;
    setSort({id: c.id, direction});
  };

  return (
    <div className="fp-table-scroll" role="region" aria-label={`${caption} table`} tabIndex={0}>
      <table className="nhsuk-table fp-data-table" data-testid={testId}>
        <caption className="nhsuk-table__caption">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            {columns.map((c) => (
              <th
                key={c.id}
                scope="col"
                className={c.numeric ? 'fp-num' : undefined}
                aria-sort={sort?.id === c.id ? sort.direction : undefined}
              >
                <button type="button" className="fp-sort-button" onClick={() => toggle(c)}>
                  {c.label}
                  {c.hint && <span className="fp-th-hint">{c.hint}</span>}
                  <span className="fp-sort-icon" aria-hidden="true">
                    {sort?.id === c.id ? (sort.direction === 'ascending' ? '▲' : '▼') : '⇅'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {sorted.map((row) => (
            <tr
              key={rowKey(row)}
              className={['nhsuk-table__row', rowClassName?.(row)].filter(Boolean).join(' ')}
            >
              {columns.map((c, i) => {
                const content = c.cell ? c.cell(row) : (c.value(row) ?? MISSING);
                const className = c.numeric ? 'nhsuk-table__cell fp-num' : 'nhsuk-table__cell';
                return i === 0 ? (
                  <th key={c.id} scope="row" className={className}>
                    {content}
                  </th>
                ) : (
                  <td key={c.id} className={className}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {totalLabel && (
          <tfoot>
            <tr className="nhsuk-table__row fp-total-row">
              <th scope="row">{totalLabel}</th>
              {columns.slice(1).map((c) => (
                <td key={c.id} className={c.numeric ? 'fp-num' : undefined}>
                  {c.total ?? ''}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
      {captionHint && <p className="fp-table-hint">{captionHint}</p>}
      <p className="fp-visually-hidden" role="status">
        {column && sort
          ? `${caption} sorted by ${column.label.toLowerCase()}, ${orderWords(column, sort.direction)}.`
          : ''}
      </p>
    </div>
  );
}

function orderWords(c: {numeric: boolean}, direction: Direction): string {
  if (c.numeric) return direction === 'descending' ? 'largest first' : 'smallest first';
  return direction === 'ascending' ? 'A to Z' : 'Z to A';
}

/** How a missing value is shown. */
export const MISSING = '–';

/** `rows` sorted by `column`; rows whose value is null come last whichever the direction (in
 * their given order), since "no figure" is neither small nor large. Stable. */
export function sortRows<Row>(rows: Row[], column: TableColumn<Row>, direction: Direction): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = column.value(x);
    const b = column.value(y);
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    const c =
      typeof a === 'number' && typeof b === 'number'
        ? a - b
        : String(a).localeCompare(String(b), 'en-GB');
    return sign * c;
  });
}

/** A number written out in full, or compactly ("10.5 m") where the screen is narrow; CSS shows
 * one, and the hidden one is display:none, so a screen reader reads only one. */
export function Amount({full, compact}: {full: string; compact?: string}) {
  if (!compact || compact === full) return <>{full}</>;
  return (
    <>
      <span className="fp-amount-full">{full}</span>
      <span className="fp-amount-compact">{compact}</span>
    </>
  );
}
