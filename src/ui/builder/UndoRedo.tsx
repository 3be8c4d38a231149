import {useBuilder} from '../../state/builder';

/** Undo and Redo buttons, each naming the step it would undo or redo. */
export function UndoRedo() {
  const past = useBuilder((s) => s.editing?.past.at(-1)?.label ?? null);
  const future = useBuilder((s) => s.editing?.future.at(-1)?.label ?? null);
  const undo = useBuilder((s) => s.undo);
  const redo = useBuilder((s) => s.redo);
  return (
    <div className="fp-builder__undo" role="group" aria-label="Undo and redo">
      {/* aria-disabled, not disabled: the button keeps focus after the last undo. */}
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        aria-disabled={!past}
        onClick={undo}
        data-testid="builder-undo"
      >
        Undo{past ? `: ${past}` : ''}
      </button>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        aria-disabled={!future}
        onClick={redo}
        data-testid="builder-redo"
      >
        Redo{future ? `: ${future}` : ''}
      </button>
      <p className="nhsuk-body-s fp-builder__hint">
        Keys: Ctrl+Z undoes, Ctrl+Shift+Z redoes (Cmd on a Mac).
      </p>
    </div>
  );
}
