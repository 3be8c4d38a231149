// Whole-group edits (issue 20): merge groups into one, move every area of an official unit
// (e.g. an ICB of 2023 or of 2026) at once, split some areas off a group. Each is shown as a
// preview (PreviewCard) to accept or cancel, and is one undo step. Words come from the option's
// group noun and the manifest's area noun; the forms are in GroupForms.tsx.
import {useDeferredValue, useState} from 'react';
import type {FootprintData} from '../../data/load';
import type {BoundaryOption, OptionEdit} from '../../domain/types';
import {groupNounOf} from '../../domain/geography';
import {useBuilder} from '../../state/builder';
import {proposeEdit} from '../../state/builder-actions';
import {loadedParts} from '../../state/part-layer';
import {PreviewCard} from './PreviewCard';
import {MergeForm, MoveOfficialForm, SplitForm} from './GroupForms';

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
