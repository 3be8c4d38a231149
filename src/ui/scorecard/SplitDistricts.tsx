// Which districts each option splits, with the residents on each side (issue 21, fault 10):
// one folded list per option under the scorecard, so "6 districts split" can be checked.
import {countOf, groupNounOf, type Noun} from '../../domain/geography';
import {splitSides} from '../../domain/criteria/split-list';
import type {OptionCriteria} from '../../domain/criteria/types';
import {formatCount} from '../../domain/format';
import type {BoundaryOption} from '../../domain/types';
import {useGeography} from '../geography-context';

/** `criteria[i]` belongs to `options[i]`. Nothing where the geography has no districts. */
export function SplitDistricts({
  options,
  criteria,
}: {
  options: readonly Pick<BoundaryOption, 'id' | 'title' | 'regions' | 'groupNoun'>[];
  criteria: readonly OptionCriteria[];
}) {
  const g = useGeography();
  if (!g.districts) return null;
  const districts = g.districts.noun;
  return (
    <div className="fp-split-districts" data-testid="split-districts">
      <h3 className="nhsuk-heading-xs">Which {districts.many} each option splits</h3>
      {options.map((o, i) => (
        <OptionSplits
          key={o.id}
          title={o.title}
          criteria={criteria[i]}
          regions={o.regions}
          groups={groupNounOf(o, g)}
          districts={districts}
        />
      ))}
    </div>
  );
}

function OptionSplits({
  title,
  criteria,
  regions,
  groups,
  districts,
}: {
  title: string;
  criteria: OptionCriteria | undefined;
  regions: BoundaryOption['regions'];
  groups: Noun;
  districts: Noun;
}) {
  if (!criteria) return null;
  const splits = splitSides(criteria.splitDistricts, regions);
  const summary = `${title}: ${countOf(splits.length, districts)} split between ${groups.many}`;
  if (!splits.length)
    return (
      <p className="nhsuk-body-s" data-testid="split-districts-option">
        {summary}.
      </p>
    );
  return (
    <details
      className="nhsuk-details fp-split-districts__option"
      data-testid="split-districts-option"
    >
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{summary}</span>
      </summary>
      <div className="nhsuk-details__text">
        <ul className="nhsuk-list nhsuk-body-s">
          {splits.map((s) => (
            <li key={s.code} data-testid="split-district">
              <strong>{s.name}</strong>:{' '}
              {s.sides.map((side, k) => (
                <span key={side.group}>
                  {k > 0 && '; '}
                  {side.group} {formatCount(side.residents)}
                </span>
              ))}{' '}
              residents
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
