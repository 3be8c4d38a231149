import type {BoundaryOption} from '../../domain/types';
import {useBuilder} from '../../state/builder';
import {useGeography} from '../geography-context';
import {groupNounOf, withArticle} from '../../domain/geography';

/** Paint mode: choose a region, then every area clicked (or Entered on the map) joins it at
 * once, each move an undoable step. Off by default: a click then selects and opens the menu. */
export function PaintMode({option}: {option: BoundaryOption}) {
  const geography = useGeography();
  const noun = geography.areas.noun;
  // "Choose a region" on 2018; the option's own noun elsewhere ("Choose an ICB").
  const aGroup = withArticle(groupNounOf(option, geography).one);
  const paint = useBuilder((s) => s.paint);
  const setPaint = useBuilder((s) => s.setPaint);
  return (
    <fieldset className="nhsuk-fieldset fp-builder__paint">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Paint mode</legend>
      <div className="nhsuk-hint">
        Choose {aGroup}, then click {noun.many} on the map to move them into it straight away.
      </div>
      <div className="nhsuk-radios nhsuk-radios--small">
        <div className="nhsuk-radios__item">
          <input
            className="nhsuk-radios__input"
            id="fp-paint-off"
            type="radio"
            name="fp-paint"
            checked={paint === null}
            onChange={() => setPaint(null)}
          />
          <label className="nhsuk-label nhsuk-radios__label" htmlFor="fp-paint-off">
            Off: a click selects the {noun.one}
          </label>
        </div>
        {option.regions.map((r) => (
          <div className="nhsuk-radios__item" key={r.id}>
            <input
              className="nhsuk-radios__input"
              id={`fp-paint-${r.id}`}
              type="radio"
              name="fp-paint"
              checked={paint === r.id}
              onChange={() => setPaint(r.id)}
            />
            <label className="nhsuk-label nhsuk-radios__label" htmlFor={`fp-paint-${r.id}`}>
              <span
                className="fp-swatch fp-swatch--small"
                style={{background: r.colour}}
                aria-hidden="true"
              />
              {r.name}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
