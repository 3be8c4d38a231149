// The option open in the builder: its name, what it is based on, undo/redo, paint mode, its
// regions, the live checks, export, and closing the builder.
import {memo, useDeferredValue, useState} from 'react';
import type {FootprintData} from '../../data/load';
import type {BoundaryOption} from '../../domain/types';
import {useBuilder} from '../../state/builder';
import {applyStep} from '../../state/builder-actions';
import {loadedParts} from '../../state/part-layer';
import {useBuilderParts} from './use-part-layer';
import {useOptions} from '../../state/catalogue';
import {basedOnPhrase} from '../../domain/option-labels';
import {useFootprint} from '../../state/store';
import {UndoRedo} from './UndoRedo';
import {PaintMode} from './PaintMode';
import {RegionEditor} from './RegionEditor';
import {GroupTools} from './GroupTools';
import {ValidationList} from './ValidationList';
import {ExportOption} from './ExportOption';
import {groupNounOf, withArticle} from '../../domain/geography';
import {useGeography} from '../geography-context';

// The builder's tools besides the checks follow a step one render later, as the panels of
// later-panels.tsx do: memoised, they skip the step's first render, which passes them the
// previous option, and show the new one in the render straight after.
const LaterPaintMode = memo(PaintMode);
const LaterGroupTools = memo(GroupTools);
const LaterRegionEditor = memo(RegionEditor);
const LaterExportOption = memo(ExportOption);

export function OptionEditor({data, option}: {data: FootprintData; option: BoundaryOption}) {
  const shown = useFootprint((s) => s.optionId === option.id);
  const later = useDeferredValue(option);
  const basedOn = basedOnPhrase(option, useOptions(data));
  // The part layer, for moving single parts and for every step of an option that has them.
  useBuilderParts(data);
  return (
    <div className="fp-builder__editor" data-testid="builder-editor">
      <OptionTitle data={data} option={option} />
      <p className="nhsuk-body-s fp-builder__based">
        <strong className="fp-user-tag">User-built</strong> {basedOn ? `Based on ${basedOn}. ` : ''}
        Not an official proposal.
      </p>
      {!shown && (
        <p className="nhsuk-body-s">
          The map shows another option.{' '}
          <button
            type="button"
            className="fp-link-button"
            onClick={() => useFootprint.getState().chooseOption(option.id)}
          >
            Show {option.title}
          </button>
        </p>
      )}
      <p className="nhsuk-body-s">
        Click {withArticle(useGeography().areas.noun.one)} on the map, or choose one in the box on
        the map, then choose its new {groupNounOf(option, data.geography).one}. You see the effect
        before you accept it.
      </p>
      <UndoRedo />
      <LaterPaintMode option={later} />
      <LaterGroupTools data={data} option={later} />
      <LaterRegionEditor data={data} option={later} />
      <ValidationList data={data} option={option} />
      <LaterExportOption data={data} option={later} />
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={() => {
          useBuilder.getState().edit(null);
          requestAnimationFrame(() => document.getElementById('fp-builder-start')?.focus());
        }}
        data-testid="builder-close"
      >
        Close the builder
      </button>
    </div>
  );
}

/** The option's name, renamed as one undoable step when the field is left or Enter pressed. */
function OptionTitle({data, option}: {data: FootprintData; option: BoundaryOption}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const value = draft ?? option.title;
  const commit = () => {
    if (draft === null || draft.trim() === option.title) return setDraft(null);
    const problem = applyStep(data, {kind: 'rename-option', title: draft.trim()}, loadedParts());
    setError(problem);
    if (!problem) setDraft(null);
  };
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label nhsuk-label--s" htmlFor="fp-builder-title">
        Option name
      </label>
      {error && (
        <span className="nhsuk-error-message" id="fp-builder-title-error">
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      <input
        className="nhsuk-input"
        id="fp-builder-title"
        data-testid="builder-title"
        value={value}
        aria-describedby={error ? 'fp-builder-title-error' : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </div>
  );
}
