// Pieces the whole-group forms (GroupForms.tsx) share: a checklist of named items, a text
// field for a name, and a select of the option's groups, each with its label, ids and test ids.
import type {Region} from '../../domain/types';

/** Checkboxes for `items`; `chosen` the ticked ids in the order ticked. Ids `${prefix}-${id}`. */
export function Checklist({
  items,
  chosen,
  onChange,
  prefix,
}: {
  items: readonly {id: string; name: string}[];
  chosen: readonly string[];
  onChange(ids: string[]): void;
  /** "merge" or "split": element ids fp-<prefix>-<id>, test ids <prefix>-<id>. */
  prefix: string;
}) {
  return items.map((item) => (
    <div className="nhsuk-checkboxes__item" key={item.id}>
      <input
        className="nhsuk-checkboxes__input"
        type="checkbox"
        id={`fp-${prefix}-${item.id}`}
        data-testid={`${prefix}-${item.id}`}
        checked={chosen.includes(item.id)}
        onChange={(e) =>
          onChange(e.target.checked ? [...chosen, item.id] : chosen.filter((x) => x !== item.id))
        }
      />
      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`fp-${prefix}-${item.id}`}>
        {item.name}
      </label>
    </div>
  ));
}

/** A labelled text input; element id fp-<prefix>-name, test id <prefix>-name. */
export function NameField({
  prefix,
  label,
  value,
  onChange,
}: {
  prefix: string;
  label: string;
  value: string;
  onChange(value: string): void;
}) {
  return (
    <>
      <label className="nhsuk-label nhsuk-label--s" htmlFor={`fp-${prefix}-name`}>
        {label}
      </label>
      <input
        className="nhsuk-input"
        id={`fp-${prefix}-name`}
        data-testid={`${prefix}-name`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}

/** A labelled select of `regions` with "Choose one" first (value ""). */
export function GroupSelect({
  id,
  testId,
  label,
  regions,
  value,
  onChange,
}: {
  id: string;
  testId: string;
  label: string;
  regions: readonly Region[];
  value: string;
  onChange(value: string): void;
}) {
  return (
    <>
      <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
        {label}
      </label>
      <select
        className="nhsuk-select"
        id={id}
        data-testid={testId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">Choose one</option>
        {regions.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
    </>
  );
}
