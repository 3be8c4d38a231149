// The pieces the area's and the region's details (AreaDetails, RegionDetails) share: a row of
// their summary list, and the button under them that clears the selection.
import {useFootprint} from '../state/store';

/** One row of a details summary list: `label`, then `value` (`testId` names the value). */
export function Row({label, value, testId}: {label: string; value: string; testId?: string}) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** "Clear selection": back to no area or region selected. */
export function ClearSelectionButton() {
  const clear = useFootprint((s) => s.clearSelection);
  return (
    <button
      type="button"
      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
      onClick={clear}
    >
      Clear selection
    </button>
  );
}
