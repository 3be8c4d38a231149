import type {BoundaryOption} from '../domain/types';
import {useFootprint} from '../state/store';

const month = new Intl.DateTimeFormat('en-GB', {month: 'long', year: 'numeric'});

export function optionDate(option: BoundaryOption): string {
  return month.format(new Date(`${option.date.slice(0, 7)}-01T00:00:00Z`));
}

/** Native radios: arrow keys move between options, and the change is instant (no reload). */
export function OptionSwitch({options}: {options: BoundaryOption[]}) {
  const optionId = useFootprint((s) => s.optionId);
  const chooseOption = useFootprint((s) => s.chooseOption);
  return (
    <fieldset className="nhsuk-fieldset fp-option-switch">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">Boundary option</h2>
      </legend>
      <div className="nhsuk-radios nhsuk-radios--small">
        {options.map((o) => (
          <div className="nhsuk-radios__item" key={o.id}>
            <input
              className="nhsuk-radios__input"
              id={`fp-option-${o.id}`}
              name="fp-option"
              type="radio"
              value={o.id}
              checked={o.id === optionId}
              onChange={() => chooseOption(o.id)}
              aria-describedby={`fp-option-${o.id}-hint`}
            />
            <label className="nhsuk-label nhsuk-radios__label" htmlFor={`fp-option-${o.id}`}>
              {o.title}
            </label>
            <div className="nhsuk-hint nhsuk-radios__hint" id={`fp-option-${o.id}-hint`}>
              {o.regions.length} regions · {optionDate(o)}
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
