// The forms of the whole-group edits (GroupTools.tsx): merge groups into one, move every area of
// an official unit (e.g. an ICB of 2023 or of 2026) into a group, split some areas off a group.
// Each proposes an OptionEdit; the preview, checks and undo are the builder's (builder-actions.ts).
import {useMemo, useState} from 'react';
import type {FootprintData} from '../../data/load';
import type {BoundaryOption, OptionEdit} from '../../domain/types';
import {officialGroups, type OfficialGroup} from '../../domain/builder/official-groups';
import {nextRegionColour} from '../../domain/builder/palette';
import {nextRegionId} from '../../domain/builder/user-option';
import {areasInRegion} from '../../domain/options';
import {Checklist, GroupSelect, NameField} from './form-parts';

type FormProps = {option: BoundaryOption; onPropose(edit: OptionEdit): void};
type Noun = {one: string; many: string};

/** officialGroups once per data set: the form is mounted again after every preview (the
 * preview card takes its place), so a useMemo would not keep it. */
const officialCache = new WeakMap<FootprintData['areas'], OfficialGroup[]>();
function officialGroupsOf(areas: FootprintData['areas']): OfficialGroup[] {
  let groups = officialCache.get(areas);
  if (!groups) officialCache.set(areas, (groups = officialGroups(areas)));
  return groups;
}

function PreviewButton({
  testId,
  disabled,
  children,
}: {
  testId: string;
  disabled?: boolean;
  children: string;
}) {
  return (
    <button
      type="submit"
      className="nhsuk-button nhsuk-button--small"
      data-testid={testId}
      disabled={disabled}
    >
      {children}
    </button>
  );
}

export function MergeForm({option, noun, onPropose}: FormProps & {noun: Noun}) {
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
          <Checklist items={option.regions} chosen={chosen} onChange={setIds} prefix="merge" />
        </div>
      </fieldset>
      <NameField
        prefix="merge"
        label={`Name of the merged ${noun.one}`}
        value={name}
        onChange={setName}
      />
      <PreviewButton testId="merge-preview">
        {`Preview the merge${chosen.length ? ` of ${chosen.length}` : ''}`}
      </PreviewButton>
    </form>
  );
}

export function MoveOfficialForm({data, option, onPropose}: FormProps & {data: FootprintData}) {
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
      <GroupSelect
        id="fp-move-official-to"
        testId="move-official-to"
        label="Into"
        regions={option.regions}
        value={to}
        onChange={setTo}
      />
      <PreviewButton testId="move-official-preview" disabled={!group || !to}>
        Preview the move
      </PreviewButton>
    </form>
  );
}

export function SplitForm({
  data,
  option,
  noun,
  onPropose,
}: FormProps & {data: FootprintData; noun: Noun}) {
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
      <GroupSelect
        id="fp-split-from"
        testId="split-from"
        label={`Split ${noun.one}`}
        regions={option.regions}
        value={from}
        onChange={(v) => (setFrom(v), setUnits([]))}
      />
      {members.length > 0 && (
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            The {areaNoun.many} that form the new {noun.one}
          </legend>
          <Checklist
            items={members.map((m) => ({id: m.code, name: m.name}))}
            chosen={chosen}
            onChange={setUnits}
            prefix="split"
          />
        </fieldset>
      )}
      <NameField
        prefix="split"
        label={`Name of the new ${noun.one}`}
        value={name}
        onChange={setName}
      />
      <PreviewButton testId="split-preview" disabled={!from}>
        Preview the split
      </PreviewButton>
    </form>
  );
}
