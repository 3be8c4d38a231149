// When comparing: the patient flows that come inside one region, and those that start to cross a
// region boundary, from option A to option B. Two plain tables, largest flows first, and one
// sentence that nets them to the change in the whole-option number. Between options that move
// single parts, the flows are part flows (parts/part-flow-changes.ts), named by part.
import {useMemo} from 'react';
import type {OptionComparison} from '../../domain/compare';
import {measureLabel, type FlowDataset} from '../../domain/flow-dataset';
import {flowSideChanges, flowSideSentence} from '../../domain/flow-changes';
import type {AreaFlow} from '../../domain/flows';
import {capitalise, formatCount} from '../../domain/format';
import {optionPhrase} from '../../domain/options';
import type {BoundaryOption, Area} from '../../domain/types';
import {useActiveFlows} from './use-flows';
import {markedTitle} from '../../domain/option-labels';
import {unitNames} from '../../domain/unit-index';
import {useGeography} from '../geography-context';
import {groupNounOf, groupNounOfAll, withArticle} from '../../domain/geography';
import {movesAnyPart, usePartFlows} from './use-part-flows';
import {partEnds, type PartFlow} from '../../domain/parts/part-flows';
import {partFlowSideChanges} from '../../domain/parts/part-flow-changes';
import {usePartLayer} from '../../state/part-layer';

/** Rows shown per table; the rest are summed in a closing line. */
const ROWS = 8;

export function FlowSideChanges({
  comparison,
  areas,
}: {
  comparison: OptionComparison;
  areas: Area[];
}) {
  const flows = useActiveFlows(true);
  const byPart = movesAnyPart(comparison.a) || movesAnyPart(comparison.b);
  const partFlows = usePartFlows(byPart);
  if (flows.status !== 'ready') return null;
  // Between options that move parts, the flows that change side are part flows (each end in its
  // part's region); until those are in, nothing rather than area flows that ignore the move.
  if (byPart && partFlows.status !== 'ready') return null;
  return (
    <SideChanges
      comparison={comparison}
      areas={areas}
      dataset={flows.value}
      partFlows={byPart && partFlows.status === 'ready' ? partFlows.flows : null}
    />
  );
}

/** One row of a side table: where the residents live, where they are treated, how many, and the
 * regions of the two ends under B. */
interface SideLine {
  key: string;
  from: string;
  to: string;
  volume: number;
  fromRegion: string;
  toRegion: string;
}

interface SideProps {
  comparison: OptionComparison;
  areas: Area[];
  dataset: FlowDataset;
  /** The part flows when either option moves parts; null for area flows. */
  partFlows: readonly PartFlow[] | null;
}

function SideChanges({comparison, areas, dataset, partFlows}: SideProps) {
  const {a, b} = comparison;
  const g = useGeography();
  const partName = usePartLayer((s) => s.parts?.name);
  const names = unitNames(areas);
  const regionName = (id: string | undefined) => b.regions.find((r) => r.id === id)?.name ?? '–';
  const changes = useMemo(() => {
    if (partFlows) {
      const c = partFlowSideChanges(a, b, partFlows);
      const ends = partEnds(b);
      const name = (area: string, part: string | null) =>
        part !== null && partName ? partName(part) : names(area);
      const line = (f: PartFlow): SideLine => {
        const [from, to] = ends(f);
        const key = `${f.originPart ?? f.originArea}>${f.destinationPart ?? f.destinationArea}`;
        return {
          key,
          from: name(f.originArea, f.originPart),
          to: name(f.destinationArea, f.destinationPart),
          volume: f.volume,
          fromRegion: regionName(from),
          toRegion: regionName(to),
        };
      };
      return {sums: c, within: c.nowWithin.map(line), crossing: c.nowCrossing.map(line)};
    }
    const c = flowSideChanges(a, b, dataset.flows);
    const line = (f: AreaFlow): SideLine => ({
      key: `${f.origin}>${f.destination}`,
      from: names(f.origin),
      to: names(f.destination),
      volume: f.volume,
      fromRegion: regionName(b.assignments[f.origin]),
      toRegion: regionName(b.assignments[f.destination]),
    });
    return {sums: c, within: c.nowWithin.map(line), crossing: c.nowCrossing.map(line)};
    // names and regionName are read from the areas, b and the part layer, all in the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [a, b, dataset, partFlows, areas, partName]);
  const who = dataset.kind === 'builtin' ? 'residents' : dataset.unit;
  const groups = groupNounOfAll([a, b], g);
  const groupsB = groupNounOf(b, g);
  const toWhat =
    partFlows && g.parts
      ? `${g.parts.noun.one} of the trust’s headquarters`
      : `${g.areas.noun.one} of the trust`;
  return (
    <section
      className="fp-flow-sides"
      aria-labelledby="fp-flow-sides-title"
      data-testid="flow-side-changes"
    >
      <h3 className="nhsuk-heading-s" id="fp-flow-sides-title">
        Patient flows that change side from {markedTitle(a)} to {markedTitle(b)}
      </h3>
      <p className="nhsuk-body-s" data-testid="flow-side-summary">
        {flowSideSentence(changes.sums, who, true, groups)}{' '}
        <span className="fp-flow-sides__measure">Measure: {measureLabel(dataset)}.</span>
      </p>
      {changes.within.length > 0 && (
        <SideTable
          caption={`Now inside one ${groupsB.one} under ${optionPhrase(b)}`}
          lines={changes.within}
          toWhat={toWhat}
          option={b}
          unit={who}
          testId="flows-now-within"
        />
      )}
      {changes.crossing.length > 0 && (
        <SideTable
          caption={`Now crossing ${withArticle(groupsB.one)} boundary under ${optionPhrase(b)}`}
          lines={changes.crossing}
          toWhat={toWhat}
          option={b}
          unit={who}
          testId="flows-now-crossing"
        />
      )}
    </section>
  );
}

const count = (n: number) => (n === 1 ? '1 flow' : `${n} flows`);

interface SideTableProps {
  caption: string;
  lines: SideLine[];
  /** What the "To" column names, e.g. "area of the trust". */
  toWhat: string;
  option: BoundaryOption;
  unit: string;
  testId: string;
}

function SideTable({caption, lines, toWhat, option, unit, testId}: SideTableProps) {
  const g = useGeography();
  const shown = lines.slice(0, ROWS);
  const rest = lines.slice(ROWS);
  return (
    <div className="fp-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="nhsuk-table fp-data-table" data-testid={testId}>
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">From (where residents live)</th>
            <th scope="col">To ({toWhat})</th>
            <th scope="col" className="fp-num">
              {capitalise(unit)}
            </th>
            <th scope="col">
              {capitalise(groupNounOf(option, g).many)} under {markedTitle(option)}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((f) => (
            <tr key={f.key}>
              <td>{f.from}</td>
              <td>{f.to}</td>
              <td className="fp-num">{formatCount(f.volume)}</td>
              <td>
                {f.fromRegion === f.toRegion
                  ? `both in ${f.fromRegion}`
                  : `${f.fromRegion} → ${f.toRegion}`}
              </td>
            </tr>
          ))}
        </tbody>
        {rest.length > 0 && (
          <tfoot>
            <tr>
              <td colSpan={2}>and {count(rest.length)} more</td>
              <td className="fp-num">{formatCount(rest.reduce((n, f) => n + f.volume, 0))}</td>
              <td />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
