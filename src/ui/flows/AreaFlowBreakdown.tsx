// A selected area's flows: where its residents are treated and where the patients of its trusts
// live (charts, its own area first, the numbers as each chart's table), and the part → trust
// detail behind them (e.g. Nene: Northampton General 51%, Kettering 31%, Oxford 7%). The
// part → trust file is fetched only here.
import {useMemo} from 'react';
import {loadParts} from '../../data/lazy';
import {loadPartTrustFlows} from '../../data/flows-load';
import type {FootprintData} from '../../data/load';
import {measureLabel, type FlowDataset} from '../../domain/flow-dataset';
import {partTrustBreakdown} from '../../domain/trust-flows';
import {formatCount, formatPercent} from '../../domain/format';
import {selectionFlows} from '../../domain/flow-selection';
import {areaLevel} from '../../state/placed-flows';
import {usePlacedFlows, usePlaceNames} from './use-part-flows';
import type {BoundaryOption, Area} from '../../domain/types';
import {FlowSelectionChart} from '../charts/FlowSelectionChart';
import {useGeographyFile} from '../geography-context';
import {useActiveFlows} from './use-flows';
import {largestFirst} from '../../domain/order';
import type {Noun} from '../../domain/geography';

const TOP = 5;

export function AreaFlowBreakdown({
  area,
  data,
  option,
}: {
  area: Area;
  data: FootprintData;
  option: BoundaryOption;
}) {
  const flows = useActiveFlows(true);
  return (
    <div className="fp-area-flows" data-testid="area-flows">
      <h3 className="nhsuk-heading-s">Patient flows</h3>
      {flows.status === 'error' ? (
        <p className="nhsuk-body-s">The flow data could not be loaded: {flows.message}</p>
      ) : flows.status !== 'ready' ? (
        <p className="nhsuk-body-s">Loading the patient flows…</p>
      ) : (
        <AreaLevel area={area} data={data} option={option} dataset={flows.value} />
      )}
      {data.geography.parts && data.geography.files.partTrustFlows && (
        <PartTrustLevel area={area} parts={data.geography.parts.noun} />
      )}
    </div>
  );
}

function AreaLevel({
  area,
  data,
  option,
  dataset,
}: {
  area: Area;
  data: FootprintData;
  option: BoundaryOption;
  dataset: FlowDataset;
}) {
  // For an option that moves single parts, between places: the area is all its places (its
  // parts apart included), and another area's part apart is a bar in its own region's colour.
  const placed = usePlacedFlows(option, dataset) ?? areaLevel(option, dataset);
  const out = useMemo(
    () => selectionFlows(placed.flows, {own: placed.areaPlaces(area.code), side: 'destinations'}),
    [placed, area.code],
  );
  const inbound = useMemo(
    () => selectionFlows(placed.flows, {own: placed.areaPlaces(area.code), side: 'origins'}),
    [placed, area.code],
  );
  const names = {
    option: placed.option,
    shortName: usePlaceNames(data.areas, 'shortName'),
    fullName: usePlaceNames(data.areas),
    ownLabel: `${area.shortName} (its own)`,
  };
  return (
    <>
      <p className="nhsuk-body-s fp-flow-measure">
        {measureLabel(dataset).replace(/^./, (c) => c.toUpperCase())}.
        {dataset.kind === 'builtin' && out.total < area.population && (
          <>
            {' '}
            {formatCount(out.total)} rather than its {formatCount(area.population)} people
            (mid-2018): the flows use mid-2019 populations, and the source leaves out small flows.
          </>
        )}
      </p>
      <FlowSelectionChart
        flows={out}
        place={area.name}
        dataset={dataset}
        testId="area-flows-out"
        {...names}
      />
      <FlowSelectionChart
        flows={inbound}
        place={area.name}
        dataset={dataset}
        testId="area-flows-in"
        {...names}
      />
    </>
  );
}

function PartTrustLevel({area, parts: noun}: {area: Area; parts: Noun}) {
  const parts = useGeographyFile(loadParts);
  const trusts = useGeographyFile(loadPartTrustFlows);
  if (parts.status === 'error' || trusts.status === 'error') {
    return <p className="nhsuk-body-s">The {noun.one} and trust detail could not be loaded.</p>;
  }
  if (parts.status !== 'ready' || trusts.status !== 'ready')
    return <p className="nhsuk-body-s">Loading the {noun.one} and trust detail…</p>;
  const mine = parts.value.parts
    .filter((c) => c.areaCode === area.code)
    .sort(largestFirst((c) => c.population));
  return (
    <div data-testid="area-part-trusts">
      <h4 className="nhsuk-heading-xs fp-subheading">By {noun.one} and trust</h4>
      <p className="nhsuk-body-s fp-flow-measure">
        Built-in data: residents attributed to hospital trusts (PHE, 2018), as shares of each{' '}
        {noun.one}’s residents (mid-2019).
      </p>
      {mine.map((part) => {
        const breakdown = partTrustBreakdown(
          part.code,
          trusts.value.flows,
          trusts.value.trusts,
          trusts.value.residents.get(part.code),
        );
        const rows = breakdown.trusts;
        const rest = rows.slice(TOP);
        const restShare = rest.reduce((n, r) => n + r.share, 0);
        return (
          <table
            key={part.code}
            className="nhsuk-table fp-summary-table fp-flow-breakdown"
            data-part={part.odsCode}
          >
            <caption className="nhsuk-table__caption nhsuk-table__caption--s">
              {part.name.replace(/^NHS /, '')}
            </caption>
            <thead>
              <tr>
                <th scope="col">Trust</th>
                <th scope="col" className="fp-num">
                  Share
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, TOP).map((r) => (
                <tr key={r.trustCode}>
                  <th scope="row">{shortTrust(r.trust?.name ?? r.trustCode)}</th>
                  <td className="fp-num">{formatPercent(r.share, 0)}</td>
                </tr>
              ))}
              {rest.length > 0 && (
                <tr>
                  <th scope="row">{rest.length} other trusts</th>
                  <td className="fp-num">{formatPercent(restShare, 0)}</td>
                </tr>
              )}
              {breakdown.unattributedShare !== null && (
                <tr className="fp-flow-breakdown__unattributed">
                  <th scope="row">Not attributed (small flows suppressed in the source)</th>
                  <td className="fp-num">{formatPercent(breakdown.unattributedShare, 0)}</td>
                </tr>
              )}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}

/** "Northampton General Hospital" from "Northampton General Hospital NHS Trust"; "University
 * Hospitals of Leicester" from the source's title case "University Hospitals Of Leicester …". */
const shortTrust = (name: string) =>
  name
    .replace(/\s+NHS( Foundation)? Trust$/i, '')
    .replace(/ (Of|And|The|For|In|On|At) /g, (w) => w.toLowerCase());
