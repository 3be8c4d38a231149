// Which flows the app is showing: the built-in PHE catchment data or a file the user loaded.
// The description travels with the numbers so every label can name the measure honestly.
import type {AreaFlow} from './flows';
import type {BoundaryOption, RegionId, AreaCode} from './types';
import {topFlows} from './flows';
import {regionMembers} from './options';

export interface FlowDataset {
  /** 'builtin' for the geography's area flow file; 'file' for a CSV the user loaded in the browser. */
  kind: 'builtin' | 'file';
  /** What is counted, e.g. "Residents attributed to hospital trusts". */
  measure: string;
  /** e.g. "people", "admissions". */
  unit: string;
  /** e.g. "PHE catchment year 2018"; may be empty for a loaded file. */
  period: string;
  source: string;
  /** area → area, self-flows included (containment needs them). */
  flows: AreaFlow[];
  /** The loaded file's name. */
  fileName?: string;
  /** How the built-in data names its measure beside every number (the manifest's flowMeasure). */
  label?: string;
}

/** "22,598 people" style unit words and the measure for labels, for either kind of data. */
export function measureLabel(d: FlowDataset): string {
  if (d.kind === 'builtin') return d.label ?? `${d.measure.toLowerCase()} (${d.period})`;
  return `${d.unit}${d.period ? `, ${d.period}` : ''} (your file${d.fileName ? ` ${d.fileName}` : ''})`;
}

export interface FlowFilter {
  minVolume: number;
  crossRegionOnly: boolean;
  topN: number;
  direction: 'in' | 'out' | 'both';
}

/** The flows the map draws for these settings: focused on the selected area, or on every area
 * of the selected region, when there is a selection. Shared by the map and the flow list so
 * the two always agree. For an option that moves single parts, `flows` are between places and
 * `option` places them (parts/placed-flows.ts); `areaPlaces` then gives a selected area's places
 * (the area and its parts apart), so a split area's flows include its moved parts'. */
export function flowsToDraw(
  flows: AreaFlow[],
  filter: FlowFilter,
  option: BoundaryOption,
  selection: {area: AreaCode | null; region: RegionId | null},
  areaPlaces: (area: AreaCode) => AreaCode[] = (area) => [area],
): AreaFlow[] {
  let focusAreas: AreaCode[] | null = null;
  if (selection.area) focusAreas = areaPlaces(selection.area);
  else if (selection.region) focusAreas = regionMembers(option, selection.region);
  return topFlows(flows, {
    minVolume: filter.minVolume,
    crossRegionOnly: filter.crossRegionOnly,
    option,
    topN: filter.topN,
    focus: focusAreas ? {areas: new Set(focusAreas), direction: filter.direction} : undefined,
  });
}
