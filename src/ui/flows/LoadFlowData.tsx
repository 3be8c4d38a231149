// "Load flow data": the user's own CSV, read in this browser (nothing is uploaded), checked row
// by row; the built-in data comes back with one click. The loaded data lives in the flow-data
// store, never in the link.
import {useEffect, useId, useRef, useState} from 'react';
import {parseFlowCsv, type RowProblem} from '../../data/flow-csv';
import {loadCodeLookup, withinLevels} from '../../data/flow-code-load';
import type {FootprintData} from '../../data/load';
import {formatCount} from '../../domain/format';
import {useFlowData} from '../../state/flow-data';

/** More messages than this are not read; the count of the rest is given instead. */
const SHOWN_PROBLEMS = 50;

type Outcome =
  | {kind: 'none'}
  | {kind: 'reading'}
  | {kind: 'problems'; fileName: string; problems: RowProblem[]; notes: string[]}
  | {kind: 'loaded'; summary: string; notes: string[]; warnings: string[]};

/** A flow file's codes are the geography's: its areas', its parts' and the official units its
 * areas lie within, and acute trusts where it has them (flow-codes.ts). */
export function LoadFlowData({data}: {data: FootprintData}) {
  const g = data.geography;
  const custom = useFlowData((s) => s.custom);
  const setCustom = useFlowData((s) => s.setCustom);
  const restoreBuiltIn = useFlowData((s) => s.restoreBuiltIn);
  const [unit, setUnit] = useState('admissions');
  const [period, setPeriod] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({kind: 'none'});
  const id = useId();
  /** Counts files chosen: only the latest one's result is used, whichever finishes reading last. */
  const latest = useRef(0);
  const levels = withinLevels(data.areas);

  const read = async (file: File) => {
    const request = ++latest.current;
    const stale = () => request !== latest.current;
    setOutcome({kind: 'reading'});
    try {
      const [text, lookup] = await Promise.all([file.text(), loadCodeLookup(data)]);
      if (stale()) return;
      const result = parseFlowCsv(text, lookup, {fileName: file.name, unit, period});
      if (!result.ok)
        return setOutcome({
          kind: 'problems',
          fileName: file.name,
          problems: result.problems,
          notes: result.notes,
        });
      setCustom(result.dataset);
      const used = Object.keys(result.kinds).map((k) => `${k} codes`);
      setOutcome({
        kind: 'loaded',
        summary: `${formatCount(result.rows)} rows (${used.join(', ')}) added up to ${formatCount(result.pairs)} ${g.areas.noun.one} pairs.`,
        notes: result.notes,
        warnings: result.warnings,
      });
    } catch (err) {
      if (stale()) return;
      setOutcome({
        kind: 'problems',
        fileName: file.name,
        problems: [{row: 0, message: err instanceof Error ? err.message : String(err)}],
        notes: [],
      });
    }
  };

  return (
    <details className="nhsuk-details fp-load-flows" data-testid="load-flows">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Load flow data</span>
      </summary>
      <div className="nhsuk-details__text">
        <p className="nhsuk-body-s">
          Use your own counts (for example admissions) instead of the built-in data: a CSV file with
          the columns <code>origin</code>, <code>destination</code>, <code>volume</code>. Origins
          are {g.areas.noun.one} codes (such as {g.areas.codeExample})
          {g.parts && (
            <>
              {' '}
              or {g.parts.noun.one} codes (such as {g.parts.codeExample}, or ODS), which count in
              their {g.areas.noun.one}
            </>
          )}
          {levels.length > 0 && (
            <>
              , or codes of the{' '}
              {levels.map((l) => `${l.level} (${l.vintages.join(' or ')})`).join(', ')} they lie
              within (ONS or ODS): one covering several {g.areas.noun.many} is shared out among them
              by population
            </>
          )}
          ; destinations may also be acute trust codes (such as RNS), which count at the trust's
          headquarters. The file is read in this browser: nothing is uploaded.
        </p>
        <p className="nhsuk-body-s" id={`${id}-when`}>
          Fill in the unit and period first: they are taken when you choose the file. To change them
          afterwards, choose the file again.
        </p>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label nhsuk-label--s" htmlFor={`${id}-unit`}>
            What one unit of volume is
          </label>
          <input
            className="nhsuk-input nhsuk-input--width-20"
            id={`${id}-unit`}
            aria-describedby={`${id}-when`}
            type="text"
            value={unit}
            onChange={(e) => setUnit(e.target.value)}
          />
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label nhsuk-label--s" htmlFor={`${id}-period`}>
            Period (optional)
          </label>
          <input
            className="nhsuk-input nhsuk-input--width-20"
            id={`${id}-period`}
            aria-describedby={`${id}-when`}
            type="text"
            value={period}
            placeholder="e.g. 2018/19"
            onChange={(e) => setPeriod(e.target.value)}
          />
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label nhsuk-label--s" htmlFor={`${id}-file`}>
            CSV file
          </label>
          <input
            className="fp-file-input"
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            data-testid="flow-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void read(file);
              // Choosing the same file again (after fixing it) must read it again.
              e.target.value = '';
            }}
          />
        </div>
        <Outcome outcome={outcome} />
        {custom && (
          <p className="nhsuk-body-s">
            Showing <strong>{custom.fileName}</strong> ({custom.unit}).{' '}
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small fp-inline-button"
              onClick={() => {
                restoreBuiltIn();
                setOutcome({kind: 'none'});
              }}
            >
              Use the built-in data again
            </button>
          </p>
        )}
      </div>
    </details>
  );
}

function Outcome({outcome}: {outcome: Outcome}) {
  if (outcome.kind === 'reading') return <p className="nhsuk-body-s">Reading the file…</p>;
  if (outcome.kind === 'loaded') {
    return (
      <div role="status">
        <p className="nhsuk-body-s" data-testid="flow-file-loaded">
          Loaded: {outcome.summary} {outcome.notes.join(' ')}
        </p>
        {outcome.warnings.length > 0 && <RepeatWarnings warnings={outcome.warnings} />}
      </div>
    );
  }
  if (outcome.kind !== 'problems') return null;
  return <FileProblems {...outcome} />;
}

/** Loaded, but the user should check these rows: repeats were added up. */
function RepeatWarnings({warnings}: {warnings: string[]}) {
  return (
    <div className="nhsuk-inset-text fp-file-warnings" data-testid="flow-file-warnings">
      <h3 className="nhsuk-heading-xs">Check the rows that repeat</h3>
      <ul className="nhsuk-list nhsuk-list--bullet nhsuk-body-s">
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      <p className="nhsuk-body-s">
        If a row was pasted twice by mistake, remove it and choose the file again.
      </p>
    </div>
  );
}

function FileProblems({
  fileName,
  problems,
  notes,
}: {
  fileName: string;
  problems: RowProblem[];
  notes: string[];
}) {
  const summary = useRef<HTMLDivElement>(null);
  // The error summary takes focus when it appears (the NHS.UK pattern), so keyboard and
  // screen-reader users land on the problems rather than on the file input.
  useEffect(() => summary.current?.focus(), [fileName, problems]);
  return (
    <div
      className="nhsuk-error-summary fp-file-problems"
      role="alert"
      tabIndex={-1}
      ref={summary}
      data-testid="flow-file-problems"
    >
      <h3 className="nhsuk-error-summary__title">
        {fileName} was not loaded:{' '}
        {problems.length === 1 ? 'one problem' : `${formatCount(problems.length)} problems`}
      </h3>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {problems.slice(0, SHOWN_PROBLEMS).map((p) => (
            <li key={`${p.row}:${p.message}`}>
              {p.row > 0 ? `Row ${p.row}: ${p.message}` : p.message}
            </li>
          ))}
          {problems.length > SHOWN_PROBLEMS && (
            <li>…and {formatCount(problems.length - SHOWN_PROBLEMS)} more rows with problems.</li>
          )}
        </ul>
        {notes.map((n) => (
          <p className="nhsuk-body-s" key={n}>
            {n}
          </p>
        ))}
        <p className="nhsuk-body-s">
          The data on the map has not changed. Fix the rows and choose the file again.
        </p>
      </div>
    </div>
  );
}
