// What each Download button does: gather the current view, build the file, save it.
import type {FootprintData} from '../../data/load';
import type {BoundaryOption} from '../../domain/types';
import {useFootprint} from '../../state/store';
import {optionDate} from '../OptionSwitch';
import {comparisonCsv, csvNames, regionsCsv} from './csv';
import {assignmentsCsv} from './assignments-csv';
import {hasFlows, type OptionRows} from '../../domain/region-rows';
import {namedPartsFor, partsFor} from '../use-parts';
import {hasPartAssignments} from '../../domain/parts/part-region';
import {loadPartLayer, usePartLayer} from '../../state/part-layer';
import {downloadBlob, exportName} from './download';
import {geoJsonBlob, regionsGeoJson, areasGeoJson} from './geojson';
import {formatCount} from '../../domain/format';
import {countOf, groupNounOf, groupNounOfAll, wordsIn} from '../../domain/geography';
import {takeMapSnapshot} from './map-snapshot';
import {loadAreaFlows} from '../../data/flows-load';
import {useFlowData} from '../../state/flow-data';
import type {FlowDataset} from '../../domain/flow-dataset';
import {composePng} from './png';
import {flowKeyContent} from './png-flow-key';
import {allOptions, resolveOption} from '../../state/catalogue';
import {markedTitle, optionNote} from '../../domain/option-labels';
import {criteriaCsv} from './criteria-csv';
import {loadDistricts} from '../../data/lazy';
import {criteriaOf, districtResidents} from '../scorecard/criteria-of';
import {useScorecard} from '../../state/thresholds';
import {rowsOf} from '../use-option-rows';
import {criterionRowsIn} from '../../domain/criteria/rows';
import {PUBLISHED_WORDS} from '../../domain/published-words';

const csvBlob = (text: string) => new Blob([text], {type: 'text/csv;charset=utf-8'});
const today = () =>
  new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric'}).format(
    new Date(),
  );

/** The flow dataset in use (a loaded file or the built-in one); null if it cannot be had,
 * and the CSV then goes without its flow columns rather than not at all. */
const activeFlows = (data: FootprintData): Promise<FlowDataset | null> => {
  const custom = useFlowData.getState().custom;
  return custom ? Promise.resolve(custom) : loadAreaFlows(data).catch(() => null);
};

/** The options' rows with the flows in use: the same memoised objects the Regions table shows
 * once its flows are loaded (rowsOf of the same option, areas, flow list and parts), and the
 * dataset the files' flow columns name. An option that moves single parts is totalled part by
 * part, without flow figures for now (region-rows.ts): then the files go without flow columns. */
function rowsWith(
  data: FootprintData,
  options: BoundaryOption[],
  flows: FlowDataset | null,
): {rows: OptionRows[]; flows: FlowDataset | null} {
  const rows = options.map((o) => rowsOf(o, data.areas, flows?.flows ?? null, partsFor(o)));
  if (!flows || rows.every(hasFlows)) return {rows, flows};
  return {rows: options.map((o) => rowsOf(o, data.areas, null, partsFor(o))), flows: null};
}

export async function downloadRegionsCsv(
  data: FootprintData,
  option: BoundaryOption,
): Promise<void> {
  const {rows, flows} = rowsWith(data, [option], await activeFlows(data));
  downloadBlob(
    csvBlob(regionsCsv(rows[0]!, data.geography, flows, allOptions(data))),
    exportName(option.id, 'regions', 'csv'),
  );
}

export function downloadAssignmentsCsv(data: FootprintData, option: BoundaryOption): void {
  const csv = assignmentsCsv(
    option,
    data.areas,
    data.geography,
    allOptions(data),
    namedPartsFor([option]),
  );
  downloadBlob(
    csvBlob(csv),
    exportName(option.id, `${csvNames(data.geography).area}-regions`, 'csv'),
  );
}

/** The comparison of the compare option (A) with the option on the map (B), if comparing. */
export async function downloadComparisonCsv(
  data: FootprintData,
  option: BoundaryOption,
): Promise<boolean> {
  const a = resolveOption(data, useFootprint.getState().compareId);
  if (!a) return false;
  const {rows, flows} = rowsWith(data, [a, option], await activeFlows(data));
  const csv = comparisonCsv(
    rows[0]!,
    rows[1]!,
    data.areas,
    data.geography,
    flows,
    allOptions(data),
    namedPartsFor([a, option]),
  );
  downloadBlob(csvBlob(csv), exportName(`${a.id}-vs-${option.id}`, 'comparison', 'csv'));
  return true;
}

/** Every option against the criteria (the scorecard), with the thresholds in use. Throws
 * (the Share panel shows it) when the criteria cannot be computed. */
export async function downloadCriteriaCsv(data: FootprintData): Promise<void> {
  const [flows, districts] = await Promise.all([activeFlows(data), loadDistricts(data)]);
  const options = allOptions(data);
  const inputs = {
    units: data.areas,
    flows: flows?.flows ?? null,
    districts: districtResidents(districts),
  };
  const criteria = options.map((o) => criteriaOf(o, inputs));
  downloadBlob(
    csvBlob(
      criteriaCsv(
        criteria,
        options,
        useScorecard.getState().thresholds,
        options,
        criterionRowsIn(data.geography, groupNounOfAll(options, data.geography)),
      ),
    ),
    exportName('all-options', 'criteria', 'csv'),
  );
}

/** The regions' shapes; an option that moves single parts waits for the part layer, as
 * downloadAreasGeoJson does, so a moved part is drawn and counted in its own region. Rejects when
 * the parts fail to load (the Share panel shows it). */
export async function downloadRegionsGeoJson(
  data: FootprintData,
  option: BoundaryOption,
): Promise<void> {
  if (hasPartAssignments(option)) await loadPartLayer(data);
  const {geometry, partList} = usePartLayer.getState();
  const parts =
    hasPartAssignments(option) && geometry && partList
      ? {topology: geometry.topology, list: partList}
      : null;
  downloadBlob(
    geoJsonBlob(regionsGeoJson(data, option, parts)),
    exportName(option.id, 'regions', 'geojson'),
  );
}

/** The areas with their regions; an option that moves single parts waits for the part layer
 * (loaded once per page) so its split areas go out part by part. Rejects when the parts fail to
 * load (the Share panel shows it): a split area is never exported whole in a region it is not wholly in. */
export async function downloadAreasGeoJson(
  data: FootprintData,
  option: BoundaryOption,
): Promise<void> {
  const context = hasPartAssignments(option) ? await loadPartLayer(data) : null;
  const geometry = usePartLayer.getState().geometry;
  const parts = context && geometry ? {shapes: geometry.shapes, name: context.name} : null;
  downloadBlob(
    geoJsonBlob(areasGeoJson(data, option, parts)),
    exportName(option.id, PUBLISHED_WORDS.areasFileWord, 'geojson'),
  );
}

export async function downloadMapPng(data: FootprintData, option: BoundaryOption): Promise<void> {
  const {selectedArea, selectedRegion, compareId, flows: flowSettings} = useFootprint.getState();
  // With arrows on the map, the picture carries their key, measure and source.
  const flows = flowSettings.visible ? await activeFlows(data) : null;
  const g = data.geography;
  const groups = groupNounOf(option, g);
  const area = data.areas.find((s) => s.code === selectedArea);
  const region = option.regions.find((r) => r.id === selectedRegion);
  const compare = resolveOption(data, compareId);
  const notes = [
    area
      ? `Selected ${g.areas.noun.one}: ${area.name} (${area.code}).`
      : region
        ? `Selected ${groups.one}: ${region.name}.`
        : '',
    compare ? `Compared with: ${markedTitle(compare)}.` : '',
    wordsIn(optionNote(option, allOptions(data)), g),
    `Boundaries: ${g.citations.boundaries}. Population: ${g.citations.population}.`,
    `${g.attribution}. ${g.licence.name}.`,
  ].filter(Boolean);
  const blob = await composePng(await takeMapSnapshot(), {
    title: `${g.mapTitle}: ${markedTitle(option)}`,
    subtitle: `Option dated ${optionDate(option)} · exported from Footprint on ${today()}`,
    legendTitle: countOf(option.regions.length, groups),
    legend: rowsOf(option, data.areas, null, partsFor(option)).rows.map((r) => ({
      name: r.region.name,
      colour: r.region.colour,
      detail: `${countOf(r.areas, g.areas.noun)} · population ${formatCount(r.population)}`,
    })),
    notes,
    flowKey: flows ? flowKeyContent(flows, flowSettings.minVolume, groups) : undefined,
  });
  downloadBlob(blob, exportName(option.id, 'map', 'png'));
}
