import type {BoundaryOption, Stp} from '../domain/types';
import {useBuilder} from '../state/builder';
import {paintUnit} from '../state/builder-actions';
import {loadedParts} from '../state/part-layer';
import {useFootprint} from '../state/store';
import {stpsInRegion} from '../domain/options';
import {countOf} from '../domain/geography';
import {useGeography} from './geography-context';

/** Every STP as a button, grouped by region: focusing one shows its tooltip on the map, so
 * keyboard and screen-reader users reach the same information as a mouse hover. */
export function StpList({option, stps}: {option: BoundaryOption; stps: Stp[]}) {
  // With an option open in the builder, choosing an STP here moves it (paint mode) or opens the
  // move box over the map with focus on its first region, so the list works as a way in by keys.
  const building = useBuilder((s) => s.editing?.optionId === option.id);
  const choose = (code: string) => {
    if (building && paintUnit({stps}, code, loadedParts())) return;
    selectStp(code);
    if (building) requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="move-menu"] .fp-move-menu__region')?.focus());
  };
  const focusStp = useFootprint((s) => s.focusStp);
  const selectStp = useFootprint((s) => s.selectStp);
  const selectedStp = useFootprint((s) => s.selectedStp);
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">All {countOf(stps.length, useGeography().areas.noun)} by region</span>
      </summary>
      <div className="nhsuk-details__text">
        {option.regions.map((r) => (
          <section key={r.id} aria-label={r.name}>
            <h3 className="nhsuk-heading-xs" style={{marginBottom: 4}}>
              {r.name}
            </h3>
            <ul className="fp-stp-list">
              {stpsInRegion(option, r.id, stps)
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((s) => (
                  <li key={s.code}>
                    <button
                      type="button"
                      aria-current={selectedStp === s.code ? 'true' : undefined}
                      onFocus={() => focusStp(s.code)}
                      onBlur={() => focusStp(null)}
                      onMouseEnter={() => focusStp(s.code)}
                      onMouseLeave={() => focusStp(null)}
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
