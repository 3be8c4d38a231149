// The thresholds past which the scorecard flags a value: those of the rows the geography offers. A change applies at once; a value
// that is not valid says why beside the box and the last good threshold stays in use; a value read in another form ("2,5" as
// 2.5, "1,000,000") says how it was read.
import {useId, useState} from 'react';
import {THRESHOLD_WORDS} from '../../domain/criteria/threshold-words';
import {useScorecard} from '../../state/thresholds';
import {
  controlValue,
  parseThreshold,
  THRESHOLD_SPECS,
  type ThresholdSpec,
} from '../../state/thresholds-link';
import {inWordsOf, type Noun} from '../../domain/geography';
import {criterionRowsIn} from '../../domain/criteria/rows';
import {useGeography} from '../geography-context';

/** `groups`: what the options scored call their groups together (groupNounOfAll), so a label
 * never calls a cluster an ICB; the geography's noun by default. */
export function ThresholdControls({groups}: {groups?: Noun}) {
  const thresholds = useScorecard((s) => s.thresholds);
  const reset = useScorecard((s) => s.resetThresholds);
  const rows = criterionRowsIn(useGeography(), groups);
  // In the order of the rows they flag, once each.
  const keys = [...new Set(rows.flatMap((r) => (r.threshold ? [r.threshold] : [])))];
  const specs = keys.map((key) => THRESHOLD_SPECS.find((spec) => spec.key === key)!);
  return (
    <fieldset className="nhsuk-fieldset fp-thresholds" data-testid="threshold-controls">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
        Flag a value past these thresholds
      </legend>
      <div className="fp-thresholds__inputs">
        {specs.map((spec) => (
          <ThresholdInput
            key={spec.key}
            spec={spec}
            value={controlValue(spec, thresholds)}
            groups={groups}
          />
        ))}
      </div>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={reset}
      >
        Reset thresholds
      </button>
    </fieldset>
  );
}

function ThresholdInput({
  spec,
  value,
  groups,
}: {
  spec: ThresholdSpec;
  value: number;
  groups?: Noun;
}) {
  const setThreshold = useScorecard((s) => s.setThreshold);
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  const id = useId();
  // A threshold changed elsewhere (Reset, Back to another link) shows in the box: adjusted
  // while rendering (React's pattern for state that follows a prop), not in an effect.
  if (shown !== value) {
    setShown(value);
    const typed = parseThreshold(spec, text);
    if (!('value' in typed) || Number((typed.value / spec.scale).toFixed(6)) !== value) {
      setText(String(value));
      setNote(null);
    }
    setError(null);
  }
  const change = (next: string) => {
    setText(next);
    const parsed = parseThreshold(spec, next);
    if ('value' in parsed) {
      setError(null);
      setNote(parsed.note && `${next.trim()}: ${parsed.note}`);
      setThreshold(spec.key, parsed.value);
    } else {
      setNote(null);
      setError(`${parsed.error}; still using ${value}`);
    }
  };
  const geography = useGeography();
  const words = inWordsOf(THRESHOLD_WORDS[spec.key], {
    ...geography,
    regionNoun: groups ?? geography.regionNoun,
  });
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {words.label}{' '}
        <span className="fp-th-hint">
          ({words.unitWords}, {words.limit})
        </span>
      </label>
      {note && !error && (
        <span
          className="nhsuk-hint fp-th-note"
          id={`${id}-note`}
          role="status"
          data-testid={`threshold-${spec.param}-note`}
        >
          {note}
        </span>
      )}
      {error && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="fp-visually-hidden">Error:</span> {error}
        </span>
      )}
      <input
        className={`nhsuk-input nhsuk-input--width-4${error ? ' nhsuk-input--error' : ''}`}
        id={id}
        // Text, not type="number": Chromium reads "2,5" in a number box as 25 before the app
        // sees it; the app reads the text itself (readTypedNumber) and says how it read it.
        type="text"
        inputMode={spec.whole ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-describedby={error ? `${id}-error` : note ? `${id}-note` : undefined}
        onChange={(e) => change(e.target.value)}
        data-testid={`threshold-${spec.param}`}
      />
    </div>
  );
}
