// A button that asks before it acts: pressing it swaps it for a question and two choices in
// its place. The swapped-out button took the focus with it, so focus is moved on purpose
// (issue 21): to the question when it appears (a screen reader reads it), back to the button
// after "keep", and to the caller's `after` target once the action has run.
import {useEffect, useRef, useState, type ReactNode} from 'react';

interface ConfirmSwapProps {
  /** The button's text, e.g. "Remove My option 1". */
  label: ReactNode;
  /** The question, e.g. "Remove it from this browser?". */
  question: string;
  /** The choice that acts, e.g. "Yes, remove My option 1". */
  yes: ReactNode;
  /** The choice that does nothing, e.g. "Keep it". */
  no: ReactNode;
  /** Runs the action (the button and its row are usually gone with it). */
  onConfirm(): void;
  /** Where focus goes once the action has rendered: the first of these that is in the page. */
  after: () => HTMLElement | null;
  className?: string;
}

type Phase = 'idle' | 'asking' | 'kept';

export function ConfirmSwap({
  label,
  question,
  yes,
  no,
  onConfirm,
  after,
  className = 'fp-link-button',
}: ConfirmSwapProps) {
  const [phase, setPhase] = useState<Phase>('idle');
  const button = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLSpanElement>(null);
  // After the swap has rendered: the question when asking, the button when kept (not on the
  // first render, so nothing steals focus when the page opens).
  useEffect(() => {
    if (phase === 'asking') ask.current?.focus();
    if (phase === 'kept') button.current?.focus();
  }, [phase]);
  if (phase !== 'asking') {
    return (
      <button type="button" className={className} ref={button} onClick={() => setPhase('asking')}>
        {label}
      </button>
    );
  }
  const confirm = () => {
    onConfirm();
    // The target is looked up once the action has rendered: it may have come or gone with it.
    requestAnimationFrame(() => after()?.focus());
  };
  return (
    <span className="fp-confirm" role="group" aria-label={question}>
      <span className="nhsuk-body-s fp-confirm__question" tabIndex={-1} ref={ask}>
        {question}
      </span>{' '}
      <button type="button" className={className} onClick={confirm}>
        {yes}
      </button>
      <button type="button" className={className} onClick={() => setPhase('kept')}>
        {no}
      </button>
    </span>
  );
}
