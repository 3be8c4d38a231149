import type {BoundaryOption} from '../domain/types';

/** The boundary options as <option> elements, for every select that picks one. */
export function OptionChoices({options}: {options: readonly BoundaryOption[]}) {
  return (
    <>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.title}
        </option>
      ))}
    </>
  );
}
