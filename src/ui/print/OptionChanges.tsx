// An option page's changes against the baseline (board pack): the comparison in sentences, the
// patient-flow sides, and the numbers for each group that exists in both and changes.
import type {FootprintData} from '../../data/load';
import {areaChange, change, regionChanges, type OptionComparison} from '../../domain/compare';
import {flowSideChanges, flowSideSentence} from '../../domain/flow-changes';
import type {AreaFlow} from '../../domain/flows';
import {capitalise, formatSigned} from '../../domain/format';
import {groupNounOf, unitWordsFor} from '../../domain/geography';
import {optionPhrase} from '../../domain/options';
import {signedPercent, summariseComparison} from '../../domain/summary';
import type {BoundaryOption} from '../../domain/types';
import {UncertainTag} from '../UncertainNote';

/** "Changes against <baseline>": `cmp` is null on the baseline's own page. */
export function OptionChanges({
  data,
  option,
  baseline,
  flows,
  cmp,
}: {
  data: FootprintData;
  option: BoundaryOption;
  baseline: BoundaryOption;
  flows: AreaFlow[] | null;
  cmp: OptionComparison | null;
}) {
  // Created and removed regions are told in full by the sentences; the table adds the numbers
  // for regions that exist in both and change, so a page never runs out of room.
  const changed = cmp?.regions.filter((r) => r.status === 'kept' && regionChanges(r)) ?? [];
  const groups = groupNounOf(option, data.geography);
  const Group = capitalise(groups.one);
  return (
    <>
      <h3>Changes against {optionPhrase(baseline)}</h3>
      {cmp ? (
        <>
          <ul className="fp-page__summary" data-testid="board-pack-changes">
            {summariseComparison(cmp, unitWordsFor(data.geography, [cmp.a, cmp.b])).map(
              (sentence) => (
                <li key={sentence}>{sentence}</li>
              ),
            )}
            {flows && (
              <li data-testid="board-pack-flow-sides">
                Patient flows:{' '}
                {flowSideSentence(flowSideChanges(baseline, option, flows), 'residents', false)}
              </li>
            )}
          </ul>
          {changed.length > 0 && (
            <table className="fp-page__table fp-page__table--changes">
              <caption className="fp-visually-hidden">
                Change in each {groups.one} against {baseline.title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{Group}</th>
                  <th scope="col" className="fp-num">
                    {data.geography.areas.noun.many}
                  </th>
                  <th scope="col" className="fp-num">
                    Population
                  </th>
                  <th scope="col" className="fp-num">
                    Change
                  </th>
                </tr>
              </thead>
              <tbody>
                {changed.map((r) => {
                  const pop = change(r.a?.population, r.b?.population);
                  const areas = areaChange(cmp, r);
                  return (
                    <tr key={r.id}>
                      <th scope="row">
                        {r.name}
                        <UncertainTag region={(r.b ?? r.a)?.region} />
                      </th>
                      <td className="fp-num">{formatSigned(areas.delta)}</td>
                      <td className="fp-num">{formatSigned(pop.delta)}</td>
                      <td className="fp-num">{signedPercent(pop.pct)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      ) : (
        <p data-testid="board-pack-changes">This is the baseline option.</p>
      )}
    </>
  );
}
