import type {BoundaryOption, Area} from '../domain/types';
import {areaCounts} from '../domain/options';
import {useFootprint} from '../state/store';
import {countOf, groupNounOf} from '../domain/geography';
import {useGeography} from './geography-context';
import {UNCERTAIN_TAG, UncertainLegendNote} from './UncertainNote';

/** The regions of the current option with colour and count of areas. Each is a button that
 * selects the region, so the legend is also the keyboard route into the map. The heading counts
 * the groups in the option's own noun ("36 ICBs"); an unconfirmed group has a dashed swatch,
 * "not confirmed" in its accessible name and a note under the list. */
export function Legend({option}: {option: BoundaryOption; areas: Area[]}) {
  const selectedRegion = useFootprint((s) => s.selectedRegion);
  const selectRegion = useFootprint((s) => s.selectRegion);
  const counts = areaCounts(option);
  const g = useGeography();
  const noun = g.areas.noun;
  const groups = groupNounOf(option, g);
  return (
    <section className="fp-legend-section" aria-labelledby="fp-legend-title">
      <h2 className="nhsuk-heading-s" id="fp-legend-title">
        Legend: {countOf(option.regions.length, groups)}
      </h2>
      <ul className="fp-legend" data-testid="legend">
        {option.regions.map((r) => {
          const n = counts.get(r.id) ?? 0;
          const pressed = selectedRegion === r.id;
          return (
            <li className="fp-legend__item" key={r.id}>
              <button
                type="button"
                className="fp-legend__region"
                aria-pressed={pressed}
                onClick={() => selectRegion(pressed ? null : r.id)}
              >
                <span
                  className={r.uncertain ? 'fp-swatch fp-swatch--uncertain' : 'fp-swatch'}
                  style={{background: r.colour}}
                  aria-hidden="true"
                />
                <span className="fp-legend__name">{r.name}</span>
                {r.uncertain && !/not confirmed/i.test(r.name) && (
                  <span className="fp-visually-hidden">, {UNCERTAIN_TAG}</span>
                )}
                <span className="fp-legend__count">{countOf(n, noun)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <UncertainLegendNote regions={option.regions} noun={groups} />
    </section>
  );
}
