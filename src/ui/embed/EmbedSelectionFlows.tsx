// The embed's `chart=flows`: where the selected area's or region's residents are treated (the
// same chart as the full app's panels). With nothing selected it says how to choose.
import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import {regionDestinations, selectionFlows} from '../../domain/flow-selection';
import {usePlacedFlows, usePlaceNames} from '../flows/use-part-flows';
import {theRegion} from '../../domain/map-words';
import type {BoundaryOption} from '../../domain/types';
import {useFootprint} from '../../state/store';
import {FlowSelectionChart} from '../charts/FlowSelectionChart';
import {useActiveFlows} from '../flows/use-flows';
import {withArticle} from '../../domain/geography';

export function EmbedSelectionFlows({data, option}: {data: FootprintData; option: BoundaryOption}) {
  const flows = useActiveFlows(true);
  const areaCode = useFootprint((s) => s.selectedArea);
  const regionId = useFootprint((s) => s.selectedRegion);
  const area = data.areas.find((s) => s.code === areaCode) ?? null;
  const region = option.regions.find((r) => r.id === regionId) ?? null;
  const dataset = flows.status === 'ready' ? flows.value : null;
  // Between places for an option that moves single parts (flows/use-part-flows.ts).
  const placed = usePlacedFlows(option, dataset);
  const parts = useMemo(() => {
    if (!placed) return null;
    if (area)
      return selectionFlows(placed.flows, {
        own: placed.areaPlaces(area.code),
        side: 'destinations',
      });
    if (region) return regionDestinations(placed.flows, placed.option, region.id);
    return null;
  }, [placed, area, region]);
  const shortName = usePlaceNames(data.areas, 'shortName');
  const fullName = usePlaceNames(data.areas);
  if (flows.status === 'error')
    return (
      <p className="nhsuk-body-s">The patient-flow data could not be loaded: {flows.message}</p>
    );
  if (!area && !region)
    return (
      <p className="nhsuk-body-s" data-testid="embed-flows-chart-hint">
        Choose {withArticle(data.geography.areas.noun.one)} or a region on the map to see where its
        residents are treated.
      </p>
    );
  if (!dataset || !parts) return <p className="nhsuk-body-s">Loading the patient flows…</p>;
  const place = area ? area.name : theRegion(region!.name);
  return (
    <FlowSelectionChart
      flows={parts}
      place={place}
      dataset={dataset}
      option={placed!.option}
      shortName={shortName}
      fullName={fullName}
      ownLabel={area ? `${area.shortName} (its own)` : `Within ${place}`}
      testId="embed-flows-chart"
    />
  );
}
