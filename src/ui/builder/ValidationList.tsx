// The live checks of the open option, in words: each problem is a button that shows the areas
// or region concerned on the map.
import {groupNounOf, withArticle} from '../../domain/geography';
import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import {balanceInWords, checkOption, type Problem} from '../../domain/builder/validation';
import type {BoundaryOption} from '../../domain/types';
import {useFootprint} from '../../state/store';
import {usePartLayer} from '../../state/part-layer';
import {adjacencyOf} from '../regions/adjacency-of';

export function ValidationList({data, option}: {data: FootprintData; option: BoundaryOption}) {
  // With parts moved, balance is weighed by where the parts are (once they are loaded).
  const parts = usePartLayer((s) => s.partList) ?? undefined;
  // The option's own word for its groups ("ICB", "cluster"; "region" on 2018), in every message.
  const groups = groupNounOf(option, data.geography);
  const check = useMemo(
    () =>
      checkOption(option, data.areas, adjacencyOf(data), data.geography.areas.noun, parts, groups),
    [option, data, parts, groups],
  );
  const count = check.problems.length;
  const group = groups.one;
  return (
    <section
      className="fp-builder__checks"
      aria-labelledby="fp-builder-checks"
      data-testid="builder-checks"
    >
      <h3 className="nhsuk-heading-xs" id="fp-builder-checks">
        Checks
      </h3>
      <p className="nhsuk-body-s" role="status" data-testid="builder-check-summary">
        {count === 0
          ? `No problems: every ${data.geography.areas.noun.one} has ${withArticle(group)}, every ${group} is in one piece and populations are within the balance limits.`
          : `${count} problem${count === 1 ? '' : 's'} to look at:`}
      </p>
      {count > 0 && (
        <ul className="fp-builder__problems">
          {check.problems.map((p) => (
            <li key={`${p.kind}:${p.regionId ?? ''}:${p.units.join(',')}`}>
              <button
                type="button"
                className="fp-link-button"
                onClick={() => showProblem(p)}
                data-testid={`problem-${p.kind}`}
              >
                {p.message}
              </button>
            </li>
          ))}
        </ul>
      )}
      {check.notes.length > 0 && (
        <ul className="nhsuk-body-s fp-builder__notes">
          {check.notes.map((n) => (
            <li key={n.message}>{n.message}</li>
          ))}
        </ul>
      )}
      <p className="nhsuk-body-s" data-testid="builder-balance">
        {balanceInWords(check.balance, groups)}
      </p>
    </section>
  );
}

/** Focus the map on what the problem is about: a region in pieces is shown whole (zoomed to
 * all its pieces, outlined), an area without a region on its own, other problems by region. */
function showProblem(p: Problem): void {
  const view = useFootprint.getState();
  if (p.regionId) view.selectRegion(p.regionId);
  else if (p.units[0]) view.selectArea(p.units[0]);
}
