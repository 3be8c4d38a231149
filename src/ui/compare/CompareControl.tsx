// Pick option A and option B with native selects: keyboard and screen-reader friendly, no
// swipe. B is the option on the map (the same choice as the radios above); A is compareId.
import type {FootprintData} from '../../data/load';
import type {BoundaryOption} from '../../domain/types';
import {useFootprint} from '../../state/store';
import './compare.scss';
import {OptionChoices} from '../OptionChoices';
import {useShownOptions} from '../later-options';

export function CompareControl({data, option}: {data: FootprintData; option: BoundaryOption}) {
  const options = useShownOptions(data);
  const compareId = useFootprint((s) => s.compareId);
  const compareWith = useFootprint((s) => s.compareWith);
  const chooseOption = useFootprint((s) => s.chooseOption);
  const same = compareId !== null && compareId === option.id;

  const swap = () => {
    if (!compareId) return;
    const a = compareId;
    compareWith(option.id);
    chooseOption(a);
  };

  return (
    <section className="fp-compare" aria-labelledby="fp-compare-title" data-testid="compare">
      <h2 className="nhsuk-heading-s" id="fp-compare-title">
        Compare two options
      </h2>
      <div className="nhsuk-form-group fp-compare__row">
        <label className="nhsuk-label" htmlFor="fp-compare-a">
          From (option A)
        </label>
        <select
          className="nhsuk-select"
          id="fp-compare-a"
          value={compareId ?? ''}
          onChange={(e) => compareWith(e.target.value || null)}
        >
          <option value="">Not comparing</option>
          <OptionChoices options={options} />
        </select>
      </div>
      <div className="nhsuk-form-group fp-compare__row">
        <label className="nhsuk-label" htmlFor="fp-compare-b">
          To (option B, shown on the map)
        </label>
        <select
          className="nhsuk-select"
          id="fp-compare-b"
          value={option.id}
          onChange={(e) => chooseOption(e.target.value)}
        >
          <OptionChoices options={options} />
        </select>
      </div>
      {compareId && (
        <div className="fp-compare__actions">
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            onClick={swap}
          >
            Swap A and B
          </button>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            onClick={() => compareWith(null)}
          >
            Stop comparing
          </button>
        </div>
      )}
      {same && <p className="nhsuk-body-s">Choose two different options to see what changes.</p>}
      {compareId && !same && (
        <p className="nhsuk-body-s fp-compare__where">
          The details panel says what changes; the comparison table gives the numbers.
        </p>
      )}
    </section>
  );
}
