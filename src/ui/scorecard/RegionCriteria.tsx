// A region's criteria in its panel (issue 12): its share of an equal population, containment,
// size, and the local authority districts it shares with other regions.
import type {FootprintData} from '../../data/load';
import type {RegionCriteria as Criteria} from '../../domain/criteria/types';
import {formatArea, formatCount, formatPercent} from '../../domain/format';
import type {BoundaryOption, Region} from '../../domain/types';
import {Row} from '../DetailsParts';
import {useOptionCriteria} from './use-criteria';
import {useGeography} from '../geography-context';
import {groupNounOf, type Noun} from '../../domain/geography';

export function RegionCriteria({
  region,
  data,
  option,
}: {
  region: Region;
  data: FootprintData;
  option: BoundaryOption;
}) {
  const state = useOptionCriteria(data, option);
  return (
    <div data-testid="region-criteria">
      <h3 className="nhsuk-heading-xs">Against the criteria</h3>
      {state.status === 'loading' && (
        <p className="nhsuk-body-s">Loading the flows and districts…</p>
      )}
      {state.status === 'error' && (
        <p className="nhsuk-body-s">The criteria could not be computed: {state.message}</p>
      )}
      {state.status === 'ready' && (
        <RegionCriteriaView
          criteria={state.criteria.regions.find((r) => r.regionId === region.id)}
          names={nameOf(option)}
          groups={groupNounOf(option, data.geography)}
        />
      )}
    </div>
  );
}

const nameOf = (option: BoundaryOption) => (id: string) =>
  option.regions.find((r) => r.id === id)?.name ?? id;

function NoAreas({group}: {group: string}) {
  return (
    <p className="nhsuk-body-s">
      None: the {group} has no {useGeography().areas.noun.many}.
    </p>
  );
}

/** Presentational: one region's criteria (undefined: the region has no areas, so none).
 * `groups`: the option's noun for its groups (groupNounOf: "region", "ICB", "cluster"). */
export function RegionCriteriaView({
  criteria: c,
  names,
  groups: group,
}: {
  criteria: Criteria | undefined;
  names: (regionId: string) => string;
  groups: Noun;
}) {
  if (!c) return <NoAreas group={group.one} />;
  const others = (d: Criteria['sharedDistricts'][number]) =>
    d.regions
      .filter((r) => r.regionId !== c.regionId)
      .map((r) => `${names(r.regionId)} (${formatCount(r.residents)} residents)`)
      .join(', ');
  return (
    <>
      <dl className="nhsuk-summary-list">
        <Row
          label="Population against an equal share"
          value={`${formatPercent(c.ofEqualShare, 0)} of an equal share`}
        />
        <Row
          label="Flow containment"
          value={c.containment === null ? '— (no flow data)' : formatPercent(c.containment)}
        />
        <Row
          label={`Residents attributed outside the ${group.one}`}
          value={c.outsideRegion === null ? '— (no flow data)' : formatCount(c.outsideRegion)}
        />
        <Row label="Area" value={formatArea(c.areaKm2)} />
      </dl>
      <h4 className="nhsuk-heading-xs">Districts shared with other {group.many}</h4>
      {c.sharedDistricts.length === 0 ? (
        <p className="nhsuk-body-s">None: every district it touches lies wholly inside it.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-body-s" data-testid="region-shared-districts">
          {c.sharedDistricts.map((d) => (
            <li key={d.code}>
              {d.name}: shared with {others(d)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
