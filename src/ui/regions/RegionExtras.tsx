// More about a selected region: its neighbours and how it differs under the other options.
import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import {regionNeighbours} from '../../domain/adjacency';
import {adjacencyOf} from './adjacency-of';
import {compareOptions} from '../../domain/compare';
import {regionVersusSentences} from '../../domain/summary';
import {unitWords} from '../../domain/geography';
import type {BoundaryOption, Region} from '../../domain/types';
import {useFootprint} from '../../state/store';
import {useOptions} from '../../state/catalogue';
import {UserBuiltTag} from '../UserBuiltTag';
import {rowsOf} from '../use-option-rows';


export function RegionExtras({region, data, option}: {region: Region; data: FootprintData; option: BoundaryOption}) {
  const options = useOptions(data);
  const selectRegion = useFootprint((s) => s.selectRegion);
  const neighbours = useMemo(() => regionNeighbours(option, region.id, adjacencyOf(data)), [option, region.id, data]);
  const others = options.filter((o) => o.id !== option.id);
  const versus = (o: BoundaryOption) => compareOptions(o, option, data.areas, {a: rowsOf(o, data.areas, null), b: rowsOf(option, data.areas, null)});
  return (
    <>
      <h3 className="nhsuk-heading-xs">Neighbouring regions</h3>
      {neighbours.length ? (
        <ul className="fp-inline-list" data-testid="region-neighbours">
          {neighbours.map((n) => (
            <li key={n.id}>
              <button type="button" className="fp-link-button" onClick={() => selectRegion(n.id)}>
                {n.name}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="nhsuk-body-s">None: it shares no boundary with another region.</p>
      )}
      <h3 className="nhsuk-heading-xs">Compared with the other options</h3>
      <dl className="fp-versus" data-testid="region-versus">
        {others.map((o) => (
          <div key={o.id}>
            <dt>
              {o.title}
              <UserBuiltTag option={o} />
            </dt>
            {regionVersusSentences(versus(o), region.id, unitWords(data.geography)).map((s) => (
              <dd key={s}>{s}</dd>
            ))}
          </div>
        ))}
      </dl>
    </>
  );
}
