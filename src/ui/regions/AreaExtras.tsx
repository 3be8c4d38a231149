// More about a selected area: a way to its whole region, and its parts (fetched on first use).
import type {FootprintData} from '../../data/load';
import {loadParts} from '../../data/lazy';
import {formatCount} from '../../domain/format';
import {regionOfArea} from '../../domain/options';
import type {BoundaryOption, Area} from '../../domain/types';
import {useFootprint} from '../../state/store';
import {useGeographyFile} from '../geography-context';
import {PartLayerToggle} from './MapLayers';
import {largestFirst} from '../../domain/order';
import {countOf} from '../../domain/geography';

export function AreaExtras({
  area,
  data,
  option,
}: {
  area: Area;
  data: FootprintData;
  option: BoundaryOption;
}) {
  // A geography without finer units has no table of them and no layer to show.
  const level = data.geography.parts;
  const selectRegion = useFootprint((s) => s.selectRegion);
  const parts = useGeographyFile(loadParts, level !== null);
  const region = regionOfArea(option, area.code);
  const mine =
    parts.status === 'ready'
      ? parts.value.parts
          .filter((c) => c.areaCode === area.code)
          .sort(largestFirst((c) => c.population))
      : [];
  return (
    <>
      {region && (
        <p>
          <button type="button" className="fp-link-button" onClick={() => selectRegion(region.id)}>
            Show the whole of {region.name}
          </button>
        </p>
      )}
      {level &&
        (parts.status === 'error' ? (
          <p className="nhsuk-body-s" role="alert">
            The {level.noun.many} could not be loaded: {parts.message}{' '}
            <button type="button" className="fp-link-button" onClick={parts.retry}>
              Try again
            </button>
          </p>
        ) : parts.status !== 'ready' ? (
          <p className="nhsuk-body-s">Loading its {level.noun.many}…</p>
        ) : (
          <table className="nhsuk-table fp-summary-table" data-testid="area-parts">
            <caption className="nhsuk-table__caption nhsuk-table__caption--s">
              {mine.length === 1
                ? `Its ${level.noun.one}`
                : `Its ${countOf(mine.length, level.noun)}`}{' '}
              (dashed lines on the map)
            </caption>
            <thead>
              <tr>
                <th scope="col">{level.noun.one}</th>
                <th scope="col" className="fp-num">
                  Population
                </th>
              </tr>
            </thead>
            <tbody>
              {mine.map((c) => (
                <tr key={c.code}>
                  <th scope="row">
                    {c.name.replace(/^NHS /, '')} <span className="fp-secondary">{c.odsCode}</span>
                  </th>
                  <td className="fp-num">{formatCount(c.population)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {level && (
        <PartLayerToggle
          id="fp-layer-parts-area"
          label={`Show every ${level.noun.one} boundary on the map`}
        />
      )}
    </>
  );
}
