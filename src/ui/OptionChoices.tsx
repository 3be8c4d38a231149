import type {BoundaryOption} from '../domain/types';
import {
  groupOptions,
  markedTitle,
  OFFICIAL_OPTIONS_GROUP,
  USER_OPTIONS_GROUP,
} from '../domain/option-labels';

/** The boundary options as <option> elements, for every select that picks one. User-built
 * options come after the official ones in their own group, each marked "(user-built)" (an
 * <option> holds text only, so the mark is in words, and is read out with the choice). */
export function OptionChoices({options}: {options: readonly BoundaryOption[]}) {
  const {official, user} = groupOptions(options);
  if (user.length === 0) return <Choices options={official} />;
  return (
    <>
      <optgroup label={OFFICIAL_OPTIONS_GROUP}>
        <Choices options={official} />
      </optgroup>
      <optgroup label={USER_OPTIONS_GROUP}>
        <Choices options={user} />
      </optgroup>
    </>
  );
}

function Choices({options}: {options: readonly BoundaryOption[]}) {
  return (
    <>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {markedTitle(o)}
        </option>
      ))}
    </>
  );
}
