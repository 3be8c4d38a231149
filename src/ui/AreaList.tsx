import {useMemo} from 'react';
import type {BoundaryOption, Area} from '../domain/types';
import {useBuilder} from '../state/builder';
import {paintUnit} from '../state/builder-actions';
import {loadedParts} from '../state/part-layer';
import {useFootprint} from '../state/store';
import {areasInRegion} from '../domain/options';
import {countOf} from '../domain/geography';
import {compareText} from '../domain/format';
import {useGeography} from './geography-context';

/** Every area as a button, grouped by region: focusing one shows its tooltip on the map, so
 * keyboard and screen-reader users reach the same information as a mouse hover. */
export function AreaList({option, areas}: {option: BoundaryOption; areas: Area[]}) {
  // With an option open in the builder, choosing an area here moves it (paint mode) or opens the
  // move box over the map with focus on its first region, so the list works as a way in by keys.
  const building = useBuilder((s) => s.editing?.optionId === option.id);
  const choose = (code: string) => {
    if (building && paintUnit({areas}, code, loadedParts())) return;
    selectArea(code);
    if (building)
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>('[data-testid="move-menu"] .fp-move-menu__region')
          ?.focus(),
      );
  };
  const focusArea = useFootprint((s) => s.focusArea);
  const selectArea = useFootprint((s) => s.selectArea);
  const selectedArea = useFootprint((s) => s.selectedArea);
  // Sorted once per option, not on every hover or selection.
  const byRegion = useMemo(
    () =>
      option.regions.map((r) => ({
        region: r,
        members: areasInRegion(option, r.id, areas).sort((a, b) => compareText(a.name, b.name)),
      })),
    [option, areas],
  );
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          All {countOf(areas.length, useGeography().areas.noun)} by region
        </span>
      </summary>
      <div className="nhsuk-details__text">
        {byRegion.map(({region: r, members}) => (
          <section key={r.id} aria-label={r.name}>
            <h3 className="nhsuk-heading-xs" style={{marginBottom: 4}}>
              {r.name}
            </h3>
            <ul className="fp-area-list">
              {members.map((s) => (
                <li key={s.code}>
                  <button
                    type="button"
                    aria-current={selectedArea === s.code ? 'true' : undefined}
                    onFocus={() => focusArea(s.code)}
                    onBlur={() => focusArea(null)}
                    onMouseEnter={() => focusArea(s.code)}
                    onMouseLeave={() => focusArea(null)}
                    onClick={() => choose(s.code)}
                  >
                    {s.name}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </details>
  );
}
