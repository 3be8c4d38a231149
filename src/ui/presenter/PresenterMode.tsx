// Presenter mode for a board meeting: the map large, one option per step with its summary in
// large type, Next/Previous buttons and the arrow keys. User-built options come last, as
// further steps, each tagged and saying it is not an official proposal. The map fades only
// the areas that change (change-layer.ts), and not at all for people who ask for reduced motion.
import {useCallback, useEffect, useRef} from 'react';
import type {FootprintData} from '../../data/load';
import {summariseComparison} from '../../domain/summary';
import {countOf, groupNounOf, unitWordsFor} from '../../domain/geography';
import {reasonsForComparison} from '../../domain/reasons';
import {ReasonNotes} from '../compare/ReasonNotes';
import {useFootprint} from '../../state/store';
import {usePresenter} from '../../state/presenter';
import {presenterStep} from './steps';
import {PresenterFlows} from './PresenterFlows';
import './presenter.scss';
import {useShownOptions} from '../later-options';
import {markedTitle, userBuiltNotice} from '../../domain/option-labels';
import {UserBuiltTag} from '../UserBuiltTag';
import {compareOptionsWithParts} from '../compare/use-comparison';
import {usePartsLayer} from '../use-parts';

export function PresenterMode({data}: {data: FootprintData}) {
  const presenting = usePresenter((s) => s.presenting);
  return presenting ? <PresenterPanel data={data} /> : null;
}

function PresenterPanel({data}: {data: FootprintData}) {
  const options = useShownOptions(data);
  const optionId = useFootprint((s) => s.optionId);
  const layer = usePartsLayer();
  const setPresenting = usePresenter((s) => s.setPresenting);
  const heading = useRef<HTMLHeadingElement>(null);
  const step = presenterStep(options, optionId);
  const total = options.length;

  const go = useCallback(
    (index: number) => {
      if (index < 0 || index >= options.length) return;
      const store = useFootprint.getState();
      store.compareWith(index > 0 ? options[index - 1]!.id : null);
      store.chooseOption(options[index]!.id);
    },
    [options],
  );

  useEffect(() => {
    // Whatever opened presenter mode (its Start button) gets focus back when it closes.
    const opener =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body
        ? document.activeElement
        : null;
    document.documentElement.classList.add('fp-presenting');
    const store = useFootprint.getState();
    store.clearSelection();
    store.setViewport(null);
    heading.current?.focus();
    return () => {
      document.documentElement.classList.remove('fp-presenting');
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  // Keep option A one step behind B whatever moved the option (radios are hidden, but a
  // link or Back could still change it).
  useEffect(() => {
    const want = step.previous?.id ?? null;
    if (useFootprint.getState().compareId !== want) useFootprint.getState().compareWith(want);
  }, [step.previous]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Arrow keys belong to form controls (sliders, text) and to the map canvas (panning).
      if (
        e.target instanceof Element &&
        e.target.closest('input, select, textarea, [contenteditable], [role="slider"], .fp-map')
      )
        return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') go(step.index + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(step.index - 1);
      else if (e.key === 'Escape') setPresenting(false);
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go, step.index, setPresenting]);

  const comparison = step.previous
    ? compareOptionsWithParts(step.previous, step.option, data.areas, null, layer)
    : null;
  const sentences = comparison
    ? summariseComparison(comparison, unitWordsFor(data.geography, [comparison.a, comparison.b]))
    : [];
  const notice = userBuiltNotice(step.option, options);
  // "7 regions" on 2018; the option's own noun elsewhere ("42 ICBs", "26 clusters").
  const groupCount = countOf(step.option.regions.length, groupNounOf(step.option, data.geography));
  return (
    <section className="fp-presenter" aria-labelledby="fp-presenter-title" data-testid="presenter">
      <p className="fp-presenter__step">
        Step {step.index + 1} of {total}
      </p>
      <h2 className="fp-presenter__title" id="fp-presenter-title" ref={heading} tabIndex={-1}>
        {step.option.title}
        <UserBuiltTag option={step.option} />
      </h2>
      {notice && (
        <p className="fp-presenter__notice" data-testid="presenter-notice">
          {notice}
        </p>
      )}
      <p className="fp-visually-hidden" role="status" data-testid="presenter-status">
        {`Step ${step.index + 1} of ${total}: ${markedTitle(step.option)}, ${groupCount}.${notice ? ' Not an official proposal.' : ''}`}
      </p>
      <div className="fp-presenter__text" data-testid="presenter-summary">
        {step.previous ? (
          <>
            <p className="fp-presenter__lead">Compared with {markedTitle(step.previous)}:</p>
            <ul>
              {sentences.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{step.option.description}</p>
        )}
        <PresenterFlows units={data.areas} option={step.option} previous={step.previous} />
        {comparison && <ReasonNotes reasons={reasonsForComparison(comparison)} />}
        <p className="fp-presenter__lead">{groupCount}</p>
        <ul className="fp-presenter__regions">
          {step.option.regions.map((r) => (
            <li key={r.id}>
              <span className="fp-swatch" style={{background: r.colour}} aria-hidden="true" />
              {r.name}
            </li>
          ))}
        </ul>
      </div>
      <div className="fp-presenter__nav">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={step.index === 0}
          onClick={() => go(step.index - 1)}
        >
          ← Previous
        </button>
        <button
          type="button"
          className="nhsuk-button"
          disabled={step.index === total - 1}
          onClick={() => go(step.index + 1)}
        >
          Next →
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary fp-presenter__exit"
          onClick={() => setPresenting(false)}
        >
          Exit presenter mode
        </button>
      </div>
      <p className="fp-presenter__keys">
        Keys: → or Page Down for next, ← or Page Up for previous, Esc to exit.
      </p>
    </section>
  );
}

/** The way in, for the controls panel. Starts at the first option. */
export function PresenterStart({data}: {data: FootprintData}) {
  const setPresenting = usePresenter((s) => s.setPresenting);
  const start = () => {
    const store = useFootprint.getState();
    store.compareWith(null);
    store.chooseOption(data.options[0]!.id);
    setPresenting(true);
  };
  return (
    <p className="fp-presenter-start">
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={start}
      >
        Present the options step by step
      </button>
    </p>
  );
}
