import type {FootprintData} from '../data/load';
import type {BoundaryOption, Area} from '../domain/types';
import {regionOfArea} from '../domain/options';
import {formatArea, formatCount} from '../domain/format';
import {ClearSelectionButton, Row} from './DetailsParts';
import {AreaExtras} from './regions/AreaExtras';
import {AreaFlowBreakdown} from './flows/AreaFlowBreakdown';
import {ReasonNotes} from './compare/ReasonNotes';
import {reasonsForArea} from '../domain/reasons';
import {useShownOptions} from './later-options';
import {UserBuiltTag} from './UserBuiltTag';
import {useSplitSentences} from './split-sentences';
import {groupNounOf, groupNounOfAll} from '../domain/geography';
import {capitalise} from '../domain/format';
import {UncertainDetails} from './UncertainNote';

export function AreaDetails({
  area,
  data,
  option,
}: {
  area: Area;
  data: FootprintData;
  option: BoundaryOption;
}) {
  const g = data.geography;
  const options = useShownOptions(data);
  const region = regionOfArea(option, area.code);
  const split = useSplitSentences(data, option).get(area.code);
  // This option's word for its groups, and every option's together for the table below
  // ("region" on 2018; "ICB, cluster or region" on 2026).
  const groups = groupNounOf(option, g);
  const allGroups = capitalise(groupNounOfAll(options, g).one);
  return (
    <>
      <h2 className="nhsuk-heading-m" data-testid="details-title">
        {area.name}
      </h2>
      <p className="nhsuk-body-s">
        {g.areas.noun.one} {area.code}
        {area.onsName !== area.name ? ` (ONS name: ${area.onsName})` : ''}
      </p>
      <dl className="nhsuk-summary-list">
        <Row
          label={capitalise(groups.one)}
          value={region?.name ?? 'none'}
          testId="details-region"
        />
        <Row label={`Population (${g.populationVintage})`} value={formatCount(area.population)} />
        {g.parts && <Row label={g.parts.noun.many} value={String(area.partCount)} />}
        <Row label="Area" value={formatArea(area.areaKm2)} />
      </dl>
      {region && <UncertainDetails region={region} />}
      {split && (
        <p className="nhsuk-body-s" data-testid="details-split">
          Split between {groups.many}: {split}
        </p>
      )}
      <table className="nhsuk-table fp-summary-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          {allGroups} under each option
        </caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">{allGroups}</th>
          </tr>
        </thead>
        <tbody>
          {options.map((o) => (
            <tr key={o.id}>
              <th scope="row">
                {o.title}
                <UserBuiltTag option={o} />
              </th>
              <td>{regionOfArea(o, area.code)?.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ReasonNotes reasons={reasonsForArea(options, area.code)} />
      <AreaExtras area={area} data={data} option={option} />
      <AreaFlowBreakdown area={area} data={data} option={option} />
      <ClearSelectionButton />
    </>
  );
}
