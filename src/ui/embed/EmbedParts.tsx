import type {BoundaryOption, Area} from '../../domain/types';
import {capitalise, formatCount} from '../../domain/format';
import {optionPhrase} from '../../domain/options';
import {useFootprint} from '../../state/store';
import {groupOptions} from '../../domain/option-labels';
import {UserBuiltTag} from '../UserBuiltTag';
import {rowsOf} from '../use-option-rows';
import {unitIndex} from '../../domain/unit-index';
import {countOf, groupNounOf, unitWords} from '../../domain/geography';
import {useGeography} from '../geography-context';
import {namedPartsFor, partsFor, usePartsLayer} from '../use-parts';
import {splitAreaSentences} from '../../domain/parts/compare-words';

/** The option switch, inline: native radios, so arrow keys move between options. User-built
 * options come after the official ones, each tagged. */
export function EmbedOptionSwitch({options}: {options: BoundaryOption[]}) {
  const {official, user} = groupOptions(options);
  const optionId = useFootprint((s) => s.optionId);
  const chooseOption = useFootprint((s) => s.chooseOption);
  return (
    <fieldset className="nhsuk-fieldset fp-embed__switch">
      <legend className="fp-visually-hidden">Boundary option</legend>
      <div className="nhsuk-radios nhsuk-radios--small nhsuk-radios--inline">
        {[...official, ...user].map((o) => (
          <div className="nhsuk-radios__item" key={o.id}>
            <input
              className="nhsuk-radios__input"
              id={`fp-embed-option-${o.id}`}
              name="fp-option"
              type="radio"
              value={o.id}
              checked={o.id === optionId}
              onChange={() => chooseOption(o.id)}
            />
            <label className="nhsuk-label nhsuk-radios__label" htmlFor={`fp-embed-option-${o.id}`}>
              {o.title}
              <UserBuiltTag option={o} />
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** The legend without buttons, for controls=0; counts from the option's memoised rows. */
export function StaticLegend({option, areas}: {option: BoundaryOption; areas: Area[]}) {
  const geography = useGeography();
  const noun = geography.areas.noun;
  const selected = useFootprint((s) => s.selectedRegion);
  const parts = partsFor(option, usePartsLayer());
  return (
    <section aria-labelledby="fp-legend-title">
      <h2 className="nhsuk-heading-s" id="fp-legend-title">
        Legend: {countOf(option.regions.length, groupNounOf(option, geography))}
      </h2>
      <ul className="fp-legend" data-testid="legend">
        {rowsOf(option, areas, null, parts).rows.map((r) => (
          <li
            className={`fp-legend__item fp-embed__key${selected === r.region.id ? ' fp-embed__key--selected' : ''}`}
            key={r.region.id}
          >
            <span className="fp-swatch" style={{background: r.region.colour}} aria-hidden="true" />
            <span className="fp-legend__name">{r.region.name}</span>
            <span className="fp-legend__count">{countOf(r.areas, noun)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The map's content as a table, for anyone who cannot use the map: populations (ONS
 * mid-2018) from the option's memoised rows, the figures the main app's tables show (part by
 * part for an option that moves single parts, its split areas said under the table). */
export function RegionsTable({option, areas}: {option: BoundaryOption; areas: Area[]}) {
  const geography = useGeography();
  const noun = geography.areas.noun;
  const groups = groupNounOf(option, geography);
  const index = unitIndex(areas);
  const layer = usePartsLayer();
  const splits = splitAreaSentences(
    option,
    areas,
    namedPartsFor([option], layer),
    unitWords(geography),
  );
  return (
    <details className="nhsuk-details fp-embed__table">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">The {groups.many} as a table</span>
      </summary>
      <div className="nhsuk-details__text">
        <table className="nhsuk-table fp-summary-table">
          <caption className="fp-visually-hidden">
            {capitalise(groups.many)} under {optionPhrase(option)}
            {option.userBuilt ? ' (user-built, not an official proposal)' : ''}, with their{' '}
            {noun.many}
          </caption>
          <thead>
            <tr>
              <th scope="col">{capitalise(groups.one)}</th>
              <th scope="col" className="fp-num">
                Population
              </th>
              <th scope="col">{noun.many}</th>
            </tr>
          </thead>
          <tbody>
            {rowsOf(option, areas, null, partsFor(option, layer)).rows.map((r) => (
              <tr key={r.region.id}>
                <th scope="row">{r.region.name}</th>
                <td className="fp-num">{formatCount(r.population)}</td>
                <td>{r.areaCodes.map((c) => index.get(c)?.name).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {splits.map((sentence) => (
          <p className="nhsuk-body-s" key={sentence} data-testid="embed-splits">
            {sentence}
          </p>
        ))}
      </div>
    </details>
  );
}
