// When comparing: the patient flows that come inside one region, and those that start to cross a
// region boundary, from option A to option B. Two plain tables, largest flows first, and one
// sentence that nets them to the change in the whole-option number.
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

/** Rows shown per table; the rest are summed in a closing line. */
const ROWS = 8;

export function FlowSideChanges({comparison, areas}: {comparison: OptionComparison; areas: Area[]}) {
  const flows = useActiveFlows(true);
  if (flows.status !== 'ready') return null;
  return <SideChanges comparison={comparison} areas={areas} dataset={flows.value} />;
}

function SideChanges({comparison, areas, dataset}: {comparison: OptionComparison; areas: Area[]; dataset: FlowDataset}) {
  const {a, b} = comparison;
  const changes = useMemo(() => flowSideChanges(a, b, dataset.flows), [a, b, dataset]);
  const names = unitNames(areas);
  const who = dataset.kind === 'builtin' ? 'residents' : dataset.unit;
  return (
    <section className="fp-flow-sides" aria-labelledby="fp-flow-sides-title" data-testid="flow-side-changes">
      <h3 className="nhsuk-heading-s" id="fp-flow-sides-title">
        Patient flows that change side from {markedTitle(a)} to {markedTitle(b)}
      </h3>
      <p className="nhsuk-body-s" data-testid="flow-side-summary">
        {flowSideSentence(changes, who)} <span className="fp-flow-sides__measure">Measure: {measureLabel(dataset)}.</span>
      </p>
      {changes.nowWithin.length > 0 && (
        <SideTable
          caption={`Now inside one region under ${optionPhrase(b)}`}
          flows={changes.nowWithin}
          names={names}
          option={b}
          unit={who}
          testId="flows-now-within"
        />
      )}
      {changes.nowCrossing.length > 0 && (
        <SideTable
          caption={`Now crossing a region boundary under ${optionPhrase(b)}`}
          flows={changes.nowCrossing}
          names={names}
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
  flows: AreaFlow[];
  names: (code: string) => string;
  option: BoundaryOption;
  unit: string;
  testId: string;
}

function SideTable({caption, flows, names, option, unit, testId}: SideTableProps) {
  const regionName = (code: string) => option.regions.find((r) => r.id === option.assignments[code])?.name ?? '–';
  const shown = flows.slice(0, ROWS);
  const rest = flows.slice(ROWS);
  return (
    <div className="fp-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="nhsuk-table fp-data-table" data-testid={testId}>
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">From (where residents live)</th>
            <th scope="col">To ({useGeography().areas.noun.one} of the trust)</th>
            <th scope="col" className="fp-num">
              {capitalise(unit)}
            </th>
            <th scope="col">Regions under {markedTitle(option)}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((f) => (
            <tr key={`${f.origin}>${f.destination}`}>
              <td>{names(f.origin)}</td>
              <td>{names(f.destination)}</td>
              <td className="fp-num">{formatCount(f.volume)}</td>
              <td>
                {regionName(f.origin) === regionName(f.destination)
                  ? `both in ${regionName(f.origin)}`
                  : `${regionName(f.origin)} → ${regionName(f.destination)}`}
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
