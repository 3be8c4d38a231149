import type {FootprintData} from '../data/load';
import type {BoundaryOption, Region} from '../domain/types';
import {optionPhrase, areasInRegion} from '../domain/options';
import {formatArea, formatCount} from '../domain/format';
import {totalsOf} from '../domain/aggregates';
import {useFootprint} from '../state/store';
import {ClearSelectionButton, Row} from './DetailsParts';
import {RegionExtras} from './regions/RegionExtras';
import {RegionFlows} from './flows/RegionFlows';
import {RegionCriteria} from './scorecard/RegionCriteria';
import {rowsOf} from './use-option-rows';
import {partsFor, usePartsLayer} from './use-parts';
import {largestFirst} from '../domain/order';
import {UncertainDetails} from './UncertainNote';

export function RegionDetails({
  region,
  data,
  option,
}: {
  region: Region;
  data: FootprintData;
  option: BoundaryOption;
}) {
  const selectArea = useFootprint((s) => s.selectArea);
  const g = data.geography;
  const areas = areasInRegion(option, region.id, data.areas).sort(
    largestFirst((s) => s.population),
  );
  // The region's totals from the option's row: the figures the Regions table shows (a region
  // the option does not list has no row: its areas, none, are summed as before), part by part
  // when the option moves single parts.
  const row = rowsOf(option, data.areas, null, partsFor(option, usePartsLayer())).rows.find(
    (r) => r.region.id === region.id,
  );
  const {parts, population, areaKm2: area} = row ?? totalsOf(areas);
  return (
    <>
      <h2 className="nhsuk-heading-m" data-testid="details-title">
        {region.name}
      </h2>
      <p className="nhsuk-body-s">Under {optionPhrase(option)}</p>
      <UncertainDetails region={region} />
      <dl className="nhsuk-summary-list">
        <Row label={g.areas.noun.many} value={String(areas.length)} />
        {g.parts && <Row label={g.parts.noun.many} value={String(parts)} />}
        <Row label={`Population (${g.populationVintage})`} value={formatCount(population)} />
        <Row label="Area" value={formatArea(area)} />
      </dl>
      <table className="nhsuk-table fp-summary-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          {g.areas.noun.many} in {region.name}
        </caption>
        <thead>
          <tr>
            <th scope="col">{g.areas.noun.one}</th>
            <th scope="col" className="fp-num">
              Population
            </th>
            {g.parts && (
              <th scope="col" className="fp-num">
                {g.parts.noun.many}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {areas.map((s) => (
            <tr key={s.code}>
              <th scope="row">
                <button type="button" className="fp-link-button" onClick={() => selectArea(s.code)}>
                  {s.name}
                </button>
              </th>
              <td className="fp-num">{formatCount(s.population)}</td>
              {g.parts && <td className="fp-num">{s.partCount}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <RegionExtras region={region} data={data} option={option} />
      <RegionFlows region={region} data={data} option={option} />
      <RegionCriteria region={region} data={data} option={option} />
      <ClearSelectionButton />
    </>
  );
}
