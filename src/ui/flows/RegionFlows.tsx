// A selected region's patient flows: containment under each option, inbound and outbound, a
// chart of where its residents are treated (within the region, then the areas outside it), and
// its biggest flows across the region boundary in each direction. The totals are the region's
// row (rowsWith the active flows; by part for an option that moves parts): the figures the
// Regions and comparison tables show.
import {groupNounOf} from '../../domain/geography';
import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import {measureLabel, type FlowDataset} from '../../domain/flow-dataset';
import {flowKey} from '../../domain/flow-key';
import {topFlows} from '../../domain/flows';
import {regionDestinations} from '../../domain/flow-selection';
import {theRegion} from '../../domain/map-words';
import {FlowSelectionChart} from '../charts/FlowSelectionChart';
import {capitalise, formatCount, formatPercent} from '../../domain/format';
import type {BoundaryOption, Region} from '../../domain/types';
import {useActiveFlows} from './use-flows';
import {useShownOptions} from '../later-options';
import {markedTitle} from '../../domain/option-labels';
import {rowsWith, usePartFigures} from '../use-option-rows';
import {movesAnyPart, usePlacedFlows, usePlaceNames} from './use-part-flows';
import {areaLevel} from '../../state/placed-flows';
import {regionMembers} from '../../domain/options';

export function RegionFlows({
  region,
  data,
  option,
}: {
  region: Region;
  data: FootprintData;
  option: BoundaryOption;
}) {
  const flows = useActiveFlows(true);
  if (flows.status === 'error')
    return <p className="nhsuk-body-s">The flow data could not be loaded: {flows.message}</p>;
  if (flows.status !== 'ready') return <p className="nhsuk-body-s">Loading the patient flows…</p>;
  return <RegionFlowsReady region={region} data={data} option={option} dataset={flows.value} />;
}

function RegionFlowsReady({
  region,
  data,
  option,
  dataset,
}: {
  region: Region;
  data: FootprintData;
  option: BoundaryOption;
  dataset: FlowDataset;
}) {
  const options = useShownOptions(data);
  const groups = groupNounOf(option, data.geography);
  const shortName = usePlaceNames(data.areas, 'shortName');
  const fullName = usePlaceNames(data.areas);
  const part = usePartFigures(options.some(movesAnyPart));
  const flowsOf = (o: BoundaryOption) =>
    rowsWith(o, data.areas, dataset.flows, part).rows.find((r) => r.region.id === region.id)
      ?.flows ?? null;
  const totals = flowsOf(option);
  // Between places for an option that moves single parts: a part apart counts in its own region.
  const placed = usePlacedFlows(option, dataset) ?? areaLevel(option, dataset);
  const destinations = useMemo(
    () => regionDestinations(placed.flows, placed.option, region.id),
    [placed, region.id],
  );
  const members = useMemo(
    () => new Set(regionMembers(placed.option, region.id)),
    [placed, region.id],
  );
  const biggest = (direction: 'in' | 'out') =>
    topFlows(placed.flows, {
      minVolume: 0,
      crossRegionOnly: true,
      option: placed.option,
      topN: 5,
      focus: {areas: members, direction},
    });
  const elsewhere = options
    .filter((o) => o.id !== option.id && o.regions.some((r) => r.id === region.id))
    .map((o) => ({o, c: flowsOf(o)?.containment ?? null}));
  if (!totals) return null;
  return (
    <div className="fp-region-flows" data-testid="region-flows">
      <h3 className="nhsuk-heading-xs">Patient flows</h3>
      <p className="nhsuk-body-s fp-flow-measure">{capitalise(measureLabel(dataset))}.</p>
      <dl className="nhsuk-summary-list fp-flow-summary">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Flow containment</dt>
          <dd className="nhsuk-summary-list__value" data-testid="region-containment">
            {totals.containment === null ? 'no flows' : formatPercent(totals.containment)}
            {elsewhere.map(({o, c}) =>
              c === null ? null : (
                <span key={o.id} className="fp-secondary">
                  {' '}
                  · {markedTitle(o)}: {formatPercent(c)}
                </span>
              ),
            )}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Attributed to trusts in other {groups.many}</dt>
          <dd className="nhsuk-summary-list__value">
            {formatCount(totals.outbound)} {dataset.unit}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">From other {groups.many} to its trusts</dt>
          <dd className="nhsuk-summary-list__value">
            {formatCount(totals.inbound)} {dataset.unit}
          </dd>
        </div>
      </dl>
      <FlowSelectionChart
        flows={destinations}
        place={theRegion(region.name)}
        dataset={dataset}
        option={placed.option}
        shortName={shortName}
        fullName={fullName}
        ownLabel={`Within ${theRegion(region.name)}`}
        testId="region-flows-chart"
      />
      {(['out', 'in'] as const).map((direction) => {
        const list = biggest(direction);
        return (
          <div key={direction}>
            <h4 className="nhsuk-heading-xs fp-subheading">
              {direction === 'out'
                ? `Biggest flows out of the ${groups.one}`
                : `Biggest flows into the ${groups.one}`}
            </h4>
            {list.length === 0 ? (
              <p className="nhsuk-body-s">None.</p>
            ) : (
              <ol className="nhsuk-body-s fp-flow-top" data-testid={`region-flows-${direction}`}>
                {list.map((f) => (
                  <li key={flowKey(f)}>
                    {shortName(f.origin)} → {shortName(f.destination)}: {formatCount(f.volume)}
                  </li>
                ))}
              </ol>
            )}
          </div>
        );
      })}
    </div>
  );
}
