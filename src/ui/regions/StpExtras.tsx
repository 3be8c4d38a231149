// More about a selected STP: a way to its whole region, and its CCGs (fetched on first use).
import type {FootprintData} from '../../data/load';
import {loadCcgs} from '../../data/lazy';
import {formatCount} from '../../domain/format';
import {regionOfStp} from '../../domain/options';
import type {BoundaryOption, Stp} from '../../domain/types';
import {useFootprint} from '../../state/store';
import {useGeographyFile} from '../geography-context';
import {CcgLayerToggle} from './MapLayers';
import {largestFirst} from '../../domain/order';
import {countOf} from '../../domain/geography';

export function StpExtras({stp, data, option}: {stp: Stp; data: FootprintData; option: BoundaryOption}) {
  // A geography without finer units has no table of them and no layer to show.
  const parts = data.geography.parts;
  const selectRegion = useFootprint((s) => s.selectRegion);
  const ccgs = useGeographyFile(loadCcgs, parts !== null);
  const region = regionOfStp(option, stp.code);
  const mine = ccgs.status === 'ready' ? ccgs.value.ccgs.filter((c) => c.stpCode === stp.code).sort(largestFirst((c) => c.population)) : [];
  return (
    <>
      {region && (
        <p>
          <button type="button" className="fp-link-button" onClick={() => selectRegion(region.id)}>
            Show the whole of {region.name}
          </button>
        </p>
      )}
      {parts && (ccgs.status === 'error' ? (
        <p className="nhsuk-body-s" role="alert">
          The {parts.noun.many} could not be loaded: {ccgs.message}{' '}
          <button type="button" className="fp-link-button" onClick={ccgs.retry}>
            Try again
          </button>
        </p>
      ) : ccgs.status !== 'ready' ? (
        <p className="nhsuk-body-s">Loading its {parts.noun.many}…</p>
      ) : (
        <table className="nhsuk-table fp-summary-table" data-testid="stp-ccgs">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">
            {mine.length === 1 ? `Its ${parts.noun.one}` : `Its ${countOf(mine.length, parts.noun)}`} (dashed lines on the map)
          </caption>
          <thead>
            <tr>
              <th scope="col">{parts.noun.one}</th>
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
      {parts && <CcgLayerToggle id="fp-layer-ccgs-stp" label={`Show every ${parts.noun.one} boundary on the map`} />}
    </>
  );
}
