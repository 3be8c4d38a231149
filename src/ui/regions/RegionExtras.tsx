// More about a selected region: its neighbours and how it differs under the other options.
import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import {regionNeighbours} from '../../domain/adjacency';
import {adjacencyOf} from './adjacency-of';
import {regionVersusSentences} from '../../domain/summary';
import {groupNounOf, unitWordsFor} from '../../domain/geography';
import type {BoundaryOption, Region} from '../../domain/types';
import {useFootprint} from '../../state/store';
import {useShownOptions} from '../later-options';
import {UserBuiltTag} from '../UserBuiltTag';
import {compareOptionsWithParts} from '../compare/use-comparison';
import {usePartsLayer} from '../use-parts';

export function RegionExtras({
  region,
  data,
  option,
}: {
  region: Region;
  data: FootprintData;
  option: BoundaryOption;
}) {
  const options = useShownOptions(data);
  const selectRegion = useFootprint((s) => s.selectRegion);
  const neighbours = useMemo(
    () => regionNeighbours(option, region.id, adjacencyOf(data)),
    [option, region.id, data],
  );
  const others = options.filter((o) => o.id !== option.id);
  const groups = groupNounOf(option, data.geography);
  const layer = usePartsLayer();
  const versus = (o: BoundaryOption) => compareOptionsWithParts(o, option, data.areas, null, layer);
  return (
    <>
      <h3 className="nhsuk-heading-xs">Neighbouring {groups.many}</h3>
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
        <p className="nhsuk-body-s">None: it shares no boundary with another {groups.one}.</p>
      )}
      <h3 className="nhsuk-heading-xs">Compared with the other options</h3>
      <dl className="fp-versus" data-testid="region-versus">
        {others.map((o) => (
          <div key={o.id}>
            <dt>
              {o.title}
              <UserBuiltTag option={o} />
            </dt>
            {regionVersusSentences(
              versus(o),
              region.id,
              unitWordsFor(data.geography, [o, option]),
            ).map((s) => (
              <dd key={s}>{s}</dd>
            ))}
          </div>
        ))}
      </dl>
    </>
  );
}
