// An option page's facts as blocks of a sheet's flow (sheet-flow.ts): the user-built notice, the
// description, the split areas, the group table, the flows outside and the changes against the
// baseline, in that order. The tables and lists may continue on further sheets.
import type {FootprintData} from '../../data/load';
import type {OptionComparison} from '../../domain/compare';
import type {AreaFlow} from '../../domain/flows';
import {formatCount, formatSigned} from '../../domain/format';
import {groupNounOf} from '../../domain/geography';
import {optionPhrase} from '../../domain/options';
import type {RegionRow} from '../../domain/region-rows';
import type {BoundaryOption} from '../../domain/types';
import {changeBlocks} from './OptionChanges';
import {groupTableBlock} from './OptionGroupTable';
import {wholeBlock, type FlowBlock} from './sheet-flow';

export interface OptionFacts {
  data: FootprintData;
  option: BoundaryOption;
  baseline: BoundaryOption;
  /** The user-built notice, or null for an official option. */
  notice: string | null;
  /** Sentences naming the areas the option splits between groups. */
  splits: readonly string[];
  rows: readonly RegionRow[];
  /** Residents attributed outside their own group, under the option and the baseline (null:
   * not known, or this is the baseline). */
  outside: number | null;
  outsideBaseline: number | null;
  flows: AreaFlow[] | null;
  cmp: OptionComparison | null;
}

/** The facts of an option's page, in order, as flow blocks. */
export function optionFactBlocks(f: OptionFacts): FlowBlock[] {
  const {data, option, baseline, notice, splits, outside, outsideBaseline} = f;
  const groups = groupNounOf(option, data.geography);
  const blocks: FlowBlock[] = [];
  if (notice)
    blocks.push(
      wholeBlock('notice', (marks) => (
        <p className="fp-page__notice" data-testid="board-pack-notice" {...marks}>
          <strong>{notice}</strong>
        </p>
      )),
    );
  blocks.push(
    wholeBlock('description', (marks) => (
      <p className="fp-page__description" {...marks}>
        {option.description}
      </p>
    )),
  );
  if (splits.length > 0)
    blocks.push({
      key: 'splits',
      size: splits.length,
      render: (from, to, marks) => (
        <ul className="fp-page__summary" data-testid="board-pack-splits" {...marks}>
          {splits.slice(from, to).map((sentence, i) => (
            <li key={sentence} data-flow-item={from + i}>
              {sentence}
            </li>
          ))}
        </ul>
      ),
    });
  blocks.push(groupTableBlock(data, option, f.rows, f.flows !== null));
  if (outside !== null)
    blocks.push(
      wholeBlock('outside', (marks) => (
        <p className="fp-page__flows" data-testid="board-pack-outside" {...marks}>
          <strong>{formatCount(outside)}</strong> residents attributed to a hospital trust outside
          their own {groups.one}
          {outsideBaseline !== null && (
            <>
              {' '}
              ({formatSigned(outside - outsideBaseline)} against {optionPhrase(baseline)})
            </>
          )}
          . Flow contained: share of a {groups.one}’s residents attributed to trusts in the same{' '}
          {groups.one} ({data.geography.flowSource ?? data.geography.citations.flows}).
        </p>
      )),
    );
  return [...blocks, ...changeBlocks({data, option, baseline, flows: f.flows, cmp: f.cmp})];
}
