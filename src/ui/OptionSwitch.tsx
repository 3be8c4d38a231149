import type {BoundaryOption} from '../domain/types';
import {groupOptions, OFFICIAL_OPTIONS_GROUP, USER_OPTIONS_GROUP} from '../domain/option-labels';
import {useFootprint} from '../state/store';
import {UserBuiltTag} from './UserBuiltTag';
import {countOf, groupNounOf} from '../domain/geography';
import {useGeography} from './geography-context';

const month = new Intl.DateTimeFormat('en-GB', {month: 'long', year: 'numeric'});

export function optionDate(option: BoundaryOption): string {
  return month.format(new Date(`${option.date.slice(0, 7)}-01T00:00:00Z`));
}

/** Native radios: arrow keys move between options, and the change is instant (no reload).
 * User-built options follow the official ones in a group of their own ("Your options"),
 * each tagged; all radios share one name, so arrow keys still go through every option. */
export function OptionSwitch({options}: {options: BoundaryOption[]}) {
  const {official, user} = groupOptions(options);
  return (
    <fieldset className="nhsuk-fieldset fp-option-switch">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">Boundary option</h2>
      </legend>
      {user.length === 0 ? (
        <OptionRadios options={official} />
      ) : (
        <>
          <OptionGroup
            legend={OFFICIAL_OPTIONS_GROUP}
            options={official}
            testId="official-options"
          />
          <OptionGroup legend={USER_OPTIONS_GROUP} options={user} testId="user-options" />
        </>
      )}
    </fieldset>
  );
}

function OptionGroup({
  legend,
  options,
  testId,
}: {
  legend: string;
  options: BoundaryOption[];
  testId: string;
}) {
  return (
    <fieldset className="nhsuk-fieldset fp-option-switch__group" data-testid={testId}>
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
      <OptionRadios options={options} />
    </fieldset>
  );
}

function OptionRadios({options}: {options: BoundaryOption[]}) {
  const optionId = useFootprint((s) => s.optionId);
  const chooseOption = useFootprint((s) => s.chooseOption);
  const g = useGeography();
  return (
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
            <UserBuiltTag option={o} />
          </label>
          <div className="nhsuk-hint nhsuk-radios__hint" id={`fp-option-${o.id}-hint`}>
            {countOf(o.regions.length, groupNounOf(o, g))} · {optionDate(o)}
            {o.userBuilt ? ' · not an official proposal' : ''}
          </div>
        </div>
      ))}
    </div>
  );
}
