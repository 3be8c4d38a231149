// An option page's table of its groups (board pack): name, units, population, share, area and
// flow contained, one row per group, in the option's own noun ("ICB", "cluster", "region").
import type {FootprintData} from '../../data/load';
import {formatArea, formatCount, formatPercent} from '../../domain/format';
import {capitalise} from '../../domain/format';
import {groupNounOf} from '../../domain/geography';
import type {RegionRow} from '../../domain/region-rows';
import type {BoundaryOption} from '../../domain/types';
import {UncertainTag} from '../UncertainNote';
import type {FlowBlock} from './sheet-flow';
import {GroupTableHead} from './GroupTableHead';

/** The group table as a block of a sheet's flow (sheet-flow.ts): its rows may continue on the
 * next sheet, which repeats the caption (saying "continued") and the header row. */
export function groupTableBlock(
  data: FootprintData,
  option: BoundaryOption,
  rows: readonly RegionRow[],
  flows: boolean,
): FlowBlock {
  return {
    key: 'groups',
    size: rows.length,
    render: (from, to, marks) => (
      <OptionGroupTable
        data={data}
        option={option}
        rows={rows.slice(from, to)}
        first={from}
        flows={flows}
        marks={marks}
      />
    ),
  };
}

/** The table of `rows` (an option's groups, in its order, from its `first`th: a table continued
 * from the sheet before says so); `flows`: whether the flow figures loaded (the column goes
 * without them). */
function OptionGroupTable({
  data,
  option,
  rows,
  first,
  flows,
  marks,
}: {
  data: FootprintData;
  option: BoundaryOption;
  rows: readonly RegionRow[];
  first: number;
  flows: boolean;
  marks: Parameters<FlowBlock['render']>[2];
}) {
  // The option's own word for its groups (its groupNoun), not the geography's by default.
  const groups = groupNounOf(option, data.geography);
  return (
    <table className="fp-page__table" data-testid="board-pack-groups" {...marks}>
      <caption>
        {capitalise(groups.many)} (population {data.geography.citations.population})
        {first > 0 && ' (continued)'}
      </caption>
      <GroupTableHead
        data={data}
        option={option}
        withParts
        numbers={['Population', 'Share', 'Area', flows && 'Flow contained']}
      />
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.region.id} data-flow-item={first + i}>
            <th scope="row">
              <span
                className="fp-page__swatch"
                style={{background: r.region.colour}}
                aria-hidden="true"
              />
              <span className="fp-page__group-name">{r.region.name}</span>
              <UncertainTag region={r.region} />
            </th>
            <td className="fp-num">{r.areas}</td>
            {data.geography.parts && <td className="fp-num">{r.parts}</td>}
            <td className="fp-num">{formatCount(r.population)}</td>
            <td className="fp-num">{formatPercent(r.populationShare)}</td>
            <td className="fp-num">{formatArea(r.areaKm2)}</td>
            {flows && <td className="fp-num">{percentOrDash(r.flows?.containment)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const percentOrDash = (share: number | null | undefined) =>
  share === null || share === undefined ? '–' : formatPercent(share);
