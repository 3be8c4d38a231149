import type {FootprintData} from '../../data/load';
import {capitalise, formatPercent} from '../../domain/format';
import {countOf, type Geography} from '../../domain/geography';
import {regionsUnderOptions, type Place} from '../../domain/search';
import {useFootprint} from '../../state/store';
import {useShownOptions} from '../later-options';
import {UserBuiltTag} from '../UserBuiltTag';

/** What a kind of place is called in this geography (its manifest's nouns), capitalised as a tag. */
export function placeKindNames(g: Geography): Record<Place['kind'], string> {
  return {
    area: g.areas.noun.one,
    part: g.parts?.noun.one ?? '',
    district: capitalise(g.districts?.noun.one ?? ''),
  };
}

/** One search answer: the place, the area(s) it lies in, and the region under every option. */
export function PlaceResult({place, data}: {place: Place; data: FootprintData}) {
  const options = useShownOptions(data);
  const selectArea = useFootprint((s) => s.selectArea);
  const focusArea = useFootprint((s) => s.focusArea);
  const split = place.parts.length > 1;
  return (
    <li className="fp-place" data-testid="place-result">
      <h3 className="nhsuk-heading-xs fp-place__name">
        {place.name}{' '}
        <strong className="nhsuk-tag nhsuk-tag--grey fp-place__kind">
          {placeKindNames(data.geography)[place.kind]}
        </strong>
      </h3>
      {split && (
        <p className="nhsuk-body-s">
          Split between {countOf(place.parts.length, data.geography.areas.noun)}:
        </p>
      )}
      {place.parts.map((part) => {
        const area = data.areas.find((s) => s.code === part.areaCode);
        if (!area) return null;
        return (
          <div key={part.areaCode} className="fp-place__part">
            {place.kind !== 'area' && (
              <p className="nhsuk-body-s fp-place__area">
                {split ? `${formatPercent(part.share, 0)} of its areas in ` : 'In '}
                {area.name} {data.geography.areas.noun.one}
              </p>
            )}
            <table className="fp-place__regions">
              <caption className="fp-visually-hidden">
                Region of {split ? `the part of ${place.name} in ${area.name}` : place.name} under
                each option
              </caption>
              <tbody>
                {regionsUnderOptions(area.code, options).map(({option, region}) => (
                  <tr key={option.id}>
                    <th scope="row">
                      {option.title}
                      <UserBuiltTag option={option} />
                    </th>
                    <td>
                      <span
                        className="fp-swatch fp-swatch--small"
                        style={{background: region?.colour}}
                        aria-hidden="true"
                      />
                      {region?.name ?? 'none'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button
              type="button"
              className="fp-link-button fp-place__show"
              onClick={() => selectArea(area.code)}
              // Like the area list: focus or hover outlines the area on the map, with its tooltip.
              onFocus={() => focusArea(area.code)}
              onBlur={() => focusArea(null)}
              onMouseEnter={() => focusArea(area.code)}
              onMouseLeave={() => focusArea(null)}
            >
              Show {area.name} on the map
            </button>
          </div>
        );
      })}
    </li>
  );
}
