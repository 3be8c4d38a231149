// An option page's changes against the baseline (board pack): the comparison in sentences, the
// patient-flow sides, and the numbers for each group that exists in both and changes.
import type {FootprintData} from '../../data/load';
import {areaChange, change, regionChanges, type OptionComparison} from '../../domain/compare';
import {flowSideChanges, flowSideSentence} from '../../domain/flow-changes';
import type {AreaFlow} from '../../domain/flows';
import {formatSigned} from '../../domain/format';
import {groupNounOf, groupNounOfAll, unitWordsFor} from '../../domain/geography';
import {optionPhrase} from '../../domain/options';
import {signedPercent, summariseComparison} from '../../domain/summary';
import type {BoundaryOption} from '../../domain/types';
import {UncertainTag} from '../UncertainNote';
import {wholeBlock, type FlowBlock} from './sheet-flow';
import {GroupTableHead} from './GroupTableHead';

/** "Changes against <baseline>" as blocks of a sheet's flow (sheet-flow.ts): the heading, then
 * the sentences and the table of changed groups (each may continue on the next sheet); `cmp`
 * is null on the baseline's own page. */
export function changeBlocks({
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
}): FlowBlock[] {
  const heading = wholeBlock(
    'changes-heading',
    (marks) => <h3 {...marks}>Changes against {optionPhrase(baseline)}</h3>,
    true,
  );
  if (!cmp)
    return [
      heading,
      wholeBlock('baseline', (marks) => (
        <p data-testid="board-pack-changes" {...marks}>
          This is the baseline option.
        </p>
      )),
    ];
  const sentences = summariseComparison(cmp, unitWordsFor(data.geography, [cmp.a, cmp.b]));
  const items = [
    ...sentences.map((sentence) => ({key: sentence, node: sentence, testId: undefined})),
    ...(flows
      ? [
          {
            key: 'flow-sides',
            node: (
              <>
                Patient flows:{' '}
                {flowSideSentence(
                  flowSideChanges(baseline, option, flows),
                  'residents',
                  false,
                  groupNounOfAll([baseline, option], data.geography),
                )}
              </>
            ),
            testId: 'board-pack-flow-sides',
          },
        ]
      : []),
  ];
  // Created and removed regions are told in full by the sentences; the table adds the numbers
  // for regions that exist in both and change.
  // Every group that differs: kept ones with new members, and the new and removed ones (an option
  // built on 2026's ICBs against 2023's has more of those than kept ones; newcomer trial).
  const changed = cmp.regions.filter((r) => r.status !== 'kept' || regionChanges(r));
  const list: FlowBlock = {
    key: 'changes',
    size: items.length,
    render: (from, to, marks) => (
      <ul className="fp-page__summary" data-testid="board-pack-changes" {...marks}>
        {items.slice(from, to).map((item, i) => (
          <li key={item.key} data-testid={item.testId} data-flow-item={from + i}>
            {item.node}
          </li>
        ))}
      </ul>
    ),
  };
  const table: FlowBlock = {
    key: 'changes-table',
    size: changed.length,
    render: (from, to, marks) => (
      <ChangesTable
        data={data}
        option={option}
        baseline={baseline}
        cmp={cmp}
        rows={changed.slice(from, to)}
        first={from}
        marks={marks}
      />
    ),
  };
  return [heading, ...(items.length ? [list] : []), ...(changed.length ? [table] : [])];
}

/** The changed groups' numbers, `rows` from the `first`th (the header row repeated on a
 * continued sheet). */
function ChangesTable({
  data,
  option,
  baseline,
  cmp,
  rows,
  first,
  marks,
}: {
  data: FootprintData;
  option: BoundaryOption;
  baseline: BoundaryOption;
  cmp: OptionComparison;
  rows: OptionComparison['regions'];
  first: number;
  marks: Parameters<FlowBlock['render']>[2];
}) {
  const groups = groupNounOf(option, data.geography);
  return (
    <table className="fp-page__table fp-page__table--changes" {...marks}>
      <caption className="fp-visually-hidden">
        Change in each {groups.one} against {baseline.title}
      </caption>
      <GroupTableHead
        data={data}
        option={option}
        withParts={false}
        numbers={['Population', 'Change']}
      />
      <tbody>
        {rows.map((r, i) => {
          const pop = change(r.a?.population, r.b?.population);
          const areas = areaChange(cmp, r);
          return (
            <tr key={r.id} data-flow-item={first + i}>
              <th scope="row">
                {r.name}
                <UncertainTag region={(r.b ?? r.a)?.region} />
              </th>
              <td className="fp-num">{formatSigned(areas.delta)}</td>
              <td className="fp-num">{formatSigned(pop.delta)}</td>
              <td className="fp-num">
                {r.status === 'removed' ? 'removed' : signedPercent(pop.pct)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
