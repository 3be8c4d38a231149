// The flows on the map as a list: the keyboard and screen-reader way to the same information
// as the arrows. Pointing at, focusing or tapping a row highlights its arrow and opens its
// tooltip. Rows are plain buttons, not toggles: a click only highlights (touch screens have no
// hover and may not focus), so it never undoes the highlight that focus has just made.
import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import {flowsToDraw, type FlowDataset} from '../../domain/flow-dataset';
import {flowKey} from '../../domain/flow-key';
import {describeFlow} from '../../domain/flow-text';
import {originTotals} from '../../domain/flows';
import type {BoundaryOption} from '../../domain/types';
import {useFlowData} from '../../state/flow-data';
import {useFootprint} from '../../state/store';
import {unitIndex} from '../../domain/unit-index';
import {usePlacedFlows, usePlaceNames} from './use-part-flows';

export function FlowList({
  data,
  option,
  dataset,
}: {
  data: FootprintData;
  option: BoundaryOption;
  dataset: FlowDataset;
}) {
  const settings = useFootprint((s) => s.flows);
  const area = useFootprint((s) => s.selectedArea);
  const region = useFootprint((s) => s.selectedRegion);
  const highlight = useFlowData((s) => s.highlight);
  const highlighted = useFlowData((s) => s.highlighted);
  // For an option that moves single parts, the flows between places (a part apart is one).
  const placed = usePlacedFlows(option, dataset);
  const drawn = useMemo(
    () =>
      placed
        ? flowsToDraw(placed.flows, settings, placed.option, {area, region}, placed.areaPlaces)
        : [],
    [placed, settings, area, region],
  );
  const totals = useMemo(() => originTotals(placed?.flows ?? dataset.flows), [placed, dataset]);
  const shortName = usePlaceNames(data.areas, 'shortName');
  const fullName = usePlaceNames(data.areas);
  const shortTitle = (f: {origin: string; destination: string}) =>
    `${shortName(f.origin)} → ${shortName(f.destination)}`;
  const focusName = area
    ? unitIndex(data.areas).get(area)?.name
    : region
      ? option.regions.find((r) => r.id === region)?.name
      : null;
  return (
    <>
      <p className="nhsuk-body-s" role="status" data-testid="flow-count">
        {!placed
          ? 'Loading the patient flows…'
          : drawn.length === 0
            ? 'No flows match these settings.'
            : `${drawn.length} ${drawn.length === 1 ? 'arrow' : 'arrows'} on the map${focusName ? ` for ${focusName}` : ''}.`}
      </p>
      {drawn.length > 0 && (
        <details className="nhsuk-details fp-flow-list">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">List the flows on the map</span>
          </summary>
          <div className="nhsuk-details__text">
            <ol className="fp-flow-list__items" data-testid="flow-list">
              {drawn.map((f) => {
                const key = flowKey(f);
                const words = describeFlow(
                  f,
                  dataset,
                  placed!.option,
                  fullName,
                  totals.get(f.origin),
                );
                return (
                  <li key={key}>
                    <button
                      type="button"
                      className="fp-link-button fp-flow-list__item"
                      data-highlighted={highlighted === key || undefined}
                      onFocus={() => highlight(key)}
                      onMouseEnter={() => highlight(key)}
                      onBlur={() => highlight(null)}
                      onMouseLeave={() => highlight(null)}
                      onClick={() => highlight(key)}
                    >
                      {shortName(f.origin)} → {shortName(f.destination)}
                      <span className="fp-secondary"> {words.lines[0]}</span>
                      {/* The rest of the tooltip for screen readers, after the visible text: an
                          accessible name must start with what is on screen (WCAG 2.5.3). */}
                      <span className="fp-visually-hidden">
                        {shortTitle(f) === words.title ? '' : `. ${words.title}`};{' '}
                        {words.lines.slice(1, 3).join('; ')}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </div>
        </details>
      )}
    </>
  );
}
