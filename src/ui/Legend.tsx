import type {BoundaryOption, Area} from '../domain/types';
import {areaCounts} from '../domain/options';
import {useFootprint} from '../state/store';
import {countOf} from '../domain/geography';
import {useGeography} from './geography-context';

/** The regions of the current option with colour and count of areas. Each is a button that
 * selects the region, so the legend is also the keyboard route into the map. */
export function Legend({option}: {option: BoundaryOption; areas: Area[]}) {
  const selectedRegion = useFootprint((s) => s.selectedRegion);
  const selectRegion = useFootprint((s) => s.selectRegion);
  const counts = areaCounts(option);
  const noun = useGeography().areas.noun;
  return (
    <section aria-labelledby="fp-legend-title">
      <h2 className="nhsuk-heading-s" id="fp-legend-title">
        Legend: {option.regions.length} regions
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
                <span className="fp-swatch" style={{background: r.colour}} aria-hidden="true" />
                <span className="fp-legend__name">{r.name}</span>
                <span className="fp-legend__count">
                  {countOf(n, noun)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
