// Whole-group edits (issue 20): merge groups into one, move every area of an official unit
// (e.g. an ICB of 2023 or of 2026) at once, split some areas off a group. Each is shown as a
// preview (PreviewCard) to accept or cancel, and is one undo step. Words come from the option's
// group noun and the manifest's area noun.
import {useDeferredValue, useMemo, useState} from 'react';
import type {FootprintData} from '../../data/load';
import type {BoundaryOption, OptionEdit} from '../../domain/types';
import {groupNounOf} from '../../domain/geography';
import {officialGroups, type OfficialGroup} from '../../domain/builder/official-groups';
import {nextRegionColour} from '../../domain/builder/palette';
import {nextRegionId} from '../../domain/builder/user-option';
import {areasInRegion} from '../../domain/options';
import {useBuilder} from '../../state/builder';
import {proposeEdit} from '../../state/builder-actions';
import {loadedParts} from '../../state/part-layer';
import {PreviewCard} from './PreviewCard';

const GROUP_KINDS: ReadonlySet<OptionEdit['kind']> = new Set([
  'merge-groups',
  'move-units',
  'split-group',
]);
const HEADING = 'fp-builder-groups';

/** `option`: OptionEditor's option a render later; the pending edit follows it, so an accepted
 * step's card gives way to the forms in that later render, beside the option it made. */
export function GroupTools({data, option}: {data: FootprintData; option: BoundaryOption}) {
  const pending = useDeferredValue(useBuilder((s) => s.pending));
  const groups = groupNounOf(option, data.geography);
  const [error, setError] = useState<string | null>(null);
  const propose = (edit: OptionEdit) => setError(proposeEdit(data, edit, loadedParts()));
  return (
    <section className="fp-builder__groups" aria-labelledby={HEADING} data-testid="group-tools">
      <h3 className="nhsuk-heading-xs" id={HEADING} tabIndex={-1}>
        Merge, move and split {groups.many}
      </h3>
      {pending && GROUP_KINDS.has(pending.edit.kind) ? (
        <PreviewCard data={data} option={option} pending={pending} focusAfter={HEADING} />
      ) : (
        <>
          {error && (
            <p className="nhsuk-error-message" role="alert" data-testid="group-error">
              {error}
            </p>
          )}
          <MergeForm option={option} noun={groups} onPropose={propose} />
          <MoveOfficialForm data={data} option={option} onPropose={propose} />
          <SplitForm data={data} option={option} noun={groups} onPropose={propose} />
        </>
      )}
    </section>
  );
}

/** officialGroups once per data set: the form is mounted again after every preview (the
 * preview card takes its place), so a useMemo would not keep it. */
const officialCache = new WeakMap<FootprintData['areas'], OfficialGroup[]>();
function officialGroupsOf(areas: FootprintData['areas']): OfficialGroup[] {
  let groups = officialCache.get(areas);
  if (!groups) officialCache.set(areas, (groups = officialGroups(areas)));
  return groups;
}

type FormProps = {option: BoundaryOption; onPropose(edit: OptionEdit): void};
type Noun = {one: string; many: string};

function MergeForm({option, noun, onPropose}: FormProps & {noun: Noun}) {
  const [ids, setIds] = useState<string[]>([]);
  const [name, setName] = useState('');
  const chosen = ids.filter((id) => option.regions.some((r) => r.id === id));
  return (
    <form
      className="fp-builder__group-form"
      data-testid="merge-form"
      onSubmit={(e) => {
        e.preventDefault();
        onPropose({kind: 'merge-groups', ids: chosen, name});
      }}
    >
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          Merge {noun.many} into one
        </legend>
        <div className="fp-builder__checklist">
          {option.regions.map((r) => (
            <div className="nhsuk-checkboxes__item" key={r.id}>
              <input
                className="nhsuk-checkboxes__input"
                type="checkbox"
                id={`fp-merge-${r.id}`}
                data-testid={`merge-${r.id}`}
                checked={chosen.includes(r.id)}
                onChange={(e) =>
                  setIds(e.target.checked ? [...chosen, r.id] : chosen.filter((x) => x !== r.id))
                }
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`fp-merge-${r.id}`}>
                {r.name}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <label className="nhsuk-label nhsuk-label--s" htmlFor="fp-merge-name">
        Name of the merged {noun.one}
      </label>
      <input
        className="nhsuk-input"
        id="fp-merge-name"
        data-testid="merge-name"
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <button
        type="submit"
        className="nhsuk-button nhsuk-button--small"
        data-testid="merge-preview"
      >
        Preview the merge{chosen.length ? ` of ${chosen.length}` : ''}
      </button>
    </form>
  );
}

function MoveOfficialForm({data, option, onPropose}: FormProps & {data: FootprintData}) {
  const official = officialGroupsOf(data.areas);
  const [key, setKey] = useState('');
  const [to, setTo] = useState('');
  if (!official.length) return null;
  const group = official.find((g) => g.key === key);
  const kinds = [...new Set(official.map((g) => g.what))];
  return (
    <form
      className="fp-builder__group-form"
      data-testid="move-official-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (group)
          onPropose({
            kind: 'move-units',
            units: group.units,
            to,
            name: `${group.name} (${group.what})`,
          });
      }}
    >
      <label className="nhsuk-label nhsuk-label--s" htmlFor="fp-move-official">
        Move all the {data.geography.areas.noun.many} of
      </label>
      <select
        className="nhsuk-select"
        id="fp-move-official"
        data-testid="move-official"
        value={key}
        onChange={(e) => setKey(e.target.value)}
      >
        <option value="">Choose one</option>
        {kinds.map((what) => (
          <optgroup key={what} label={what}>
            {official
              .filter((g) => g.what === what)
              .map((g) => (
                <option key={g.key} value={g.key}>
                  {g.name} ({g.units.length})
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <label className="nhsuk-label nhsuk-label--s" htmlFor="fp-move-official-to">
        Into
      </label>
      <select
        className="nhsuk-select"
        id="fp-move-official-to"
        data-testid="move-official-to"
        value={to}
        onChange={(e) => setTo(e.target.value)}
      >
        <option value="">Choose one</option>
        {option.regions.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="nhsuk-button nhsuk-button--small"
        data-testid="move-official-preview"
        disabled={!group || !to}
      >
        Preview the move
      </button>
    </form>
  );
}

function SplitForm({data, option, noun, onPropose}: FormProps & {data: FootprintData; noun: Noun}) {
  const [from, setFrom] = useState('');
  const [units, setUnits] = useState<string[]>([]);
  const [name, setName] = useState('');
  const members = useMemo(
    () => (from ? areasInRegion(option, from, data.areas) : []),
    [option, from, data.areas],
  );
  const chosen = units.filter((u) => members.some((m) => m.code === u));
  const areaNoun = data.geography.areas.noun;
  return (
    <form
      className="fp-builder__group-form"
      data-testid="split-form"
      onSubmit={(e) => {
        e.preventDefault();
        onPropose({
          kind: 'split-group',
          id: from,
          units: chosen,
          region: {id: nextRegionId(option), code: null, name, colour: nextRegionColour(option)},
        });
      }}
    >
      <label className="nhsuk-label nhsuk-label--s" htmlFor="fp-split-from">
        Split {noun.one}
      </label>
      <select
        className="nhsuk-select"
        id="fp-split-from"
        data-testid="split-from"
        value={from}
        onChange={(e) => (setFrom(e.target.value), setUnits([]))}
      >
        <option value="">Choose one</option>
        {option.regions.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
      {members.length > 0 && (
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            The {areaNoun.many} that form the new {noun.one}
          </legend>
          {members.map((m) => (
            <div className="nhsuk-checkboxes__item" key={m.code}>
              <input
                className="nhsuk-checkboxes__input"
                type="checkbox"
                id={`fp-split-${m.code}`}
                data-testid={`split-${m.code}`}
                checked={chosen.includes(m.code)}
                onChange={(e) =>
                  setUnits(
                    e.target.checked ? [...chosen, m.code] : chosen.filter((x) => x !== m.code),
                  )
                }
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`fp-split-${m.code}`}>
                {m.name}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <label className="nhsuk-label nhsuk-label--s" htmlFor="fp-split-name">
        Name of the new {noun.one}
      </label>
      <input
        className="nhsuk-input"
        id="fp-split-name"
        data-testid="split-name"
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <button
        type="submit"
        className="nhsuk-button nhsuk-button--small"
        data-testid="split-preview"
        disabled={!from}
      >
        Preview the split
      </button>
    </form>
  );
}
