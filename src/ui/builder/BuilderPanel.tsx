// "Build your own option": start one from any option, open or remove saved ones, import one;
// with an option open, the editor (name, undo/redo, moves, regions, checks, export).
import {useState} from 'react';
import type {FootprintData} from '../../data/load';
import type {BoundaryOption} from '../../domain/types';
import {editedOption, useBuilder} from '../../state/builder';
import {startOption} from '../../state/builder-actions';
import {useOptions} from '../../state/catalogue';
import {OptionEditor} from './OptionEditor';
import {SavedOptions} from './SavedOptions';
import {ImportOption} from './ImportOption';
import {useUndoKeys} from './use-undo-keys';
import {groupNounOf} from '../../domain/geography';
import './builder.scss';

export function BuilderPanel({data, option}: {data: FootprintData; option: BoundaryOption}) {
  const edited = useBuilder((s) => editedOption(s));
  useUndoKeys();
  const notices = useBuilder((s) => s.notices);
  const status = useBuilder((s) => s.status);
  return (
    <section className="fp-builder" aria-labelledby="fp-builder-heading" data-testid="builder">
      <h2 className="nhsuk-heading-s" id="fp-builder-heading" tabIndex={-1}>
        Build your own option
      </h2>
      {/* Always in the page, so a notice that appears later is announced. */}
      <div role="status" data-testid="builder-notices">
        {notices.length > 0 && (
          <ul className="nhsuk-body-s fp-builder__notices">
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </div>
      <p className="fp-visually-hidden" aria-live="polite" data-testid="builder-status">
        {status}
      </p>
      {edited ? (
        <OptionEditor data={data} option={edited} />
      ) : (
        <StartOption data={data} current={option} />
      )}
      <SavedOptions data={data} />
      <ImportOption data={data} />
    </section>
  );
}

/** Choose the option to start from (the one on the map unless changed) and start. */
function StartOption({data, current}: {data: FootprintData; current: BoundaryOption}) {
  const options = useOptions(data);
  const [baseId, setBaseId] = useState<string | null>(null);
  const base = options.find((o) => o.id === (baseId ?? current.id)) ?? current;
  return (
    <div className="fp-builder__start">
      <p className="nhsuk-body-s">
        Move {data.geography.areas.noun.many} between {groupNounOf(base, data.geography).many} and
        see the figures change. Your options stay in this browser and can be shared as a link.
      </p>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label nhsuk-label--s" htmlFor="fp-builder-base">
          Start from
        </label>
        <select
          className="nhsuk-select"
          id="fp-builder-base"
          value={base.id}
          onChange={(e) => setBaseId(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
              {o.userBuilt ? ' (user-built)' : ''}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--small"
        id="fp-builder-start"
        data-testid="builder-start"
        onClick={() => {
          startOption(data, base);
          // The button goes with the start form: continue at the new option's name.
          requestAnimationFrame(() => document.getElementById('fp-builder-title')?.focus());
        }}
      >
        Start a new option
      </button>
    </div>
  );
}
