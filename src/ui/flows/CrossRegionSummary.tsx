// The one number a board member needs to compare boundary options on patient flows: how many
// residents are attributed to a trust outside their own region, under the option shown, and
// how that changes from each other option. Each option's number is its rows' England
// cross-region total (rowsWith: by part for an option that moves parts), the Regions table's
// "Outside own region" total; an option whose part flows are not in yet is left out, never 0.
import {useMemo} from 'react';
import type {FlowDataset} from '../../domain/flow-dataset';
import {formatCount, formatPercent, formatSigned} from '../../domain/format';
import {signedPercent} from '../../domain/summary';
import type {BoundaryOption} from '../../domain/types';
import {useFootprint} from '../../state/store';
import {optionPhrase} from '../../domain/options';
import {markedTitle} from '../../domain/option-labels';
import type {CountedUnit} from '../../domain/aggregates';
import {rowsWith, usePartFigures} from '../use-option-rows';
import {movesAnyPart} from './use-part-flows';
import {groupNounOf} from '../../domain/geography';
import {useGeography} from '../geography-context';

/** "residents attributed to a hospital trust outside their own region" or the file's own unit;
 * `group`: the option's word for its groups (groupNounOf), "region" on the 2018 geography. */
export function crossRegionWords(dataset: FlowDataset, group: string): string {
  return dataset.kind === 'builtin'
    ? `residents attributed to a hospital trust outside their own ${group}`
    : `${dataset.unit} from one ${group} to another`;
}

/** `units`: the areas (the geography's areas file) the options assign; `dataset`: the active flows. */
export function CrossRegionSummary({
  options,
  option,
  units,
  dataset,
}: {
  options: BoundaryOption[];
  option: BoundaryOption;
  units: readonly CountedUnit[];
  dataset: FlowDataset;
}) {
  const compareId = useFootprint((s) => s.compareId);
  const g = useGeography();
  const part = usePartFigures(options.some(movesAnyPart));
  const totals = useMemo(
    () =>
      new Map(
        options.map((o) => [o.id, rowsWith(o, units, dataset.flows, part).england.crossRegion]),
      ),
    [options, units, dataset, part],
  );
  const all = useMemo(() => dataset.flows.reduce((n, f) => n + f.volume, 0), [dataset]);
  const shown = totals.get(option.id);
  if (shown === null || shown === undefined) {
    const why =
      part.unavailable === null
        ? 'Working out the patient flows…'
        : `Not computed for ${optionPhrase(option)}: ${part.unavailable}.`;
    return (
      <p className="nhsuk-body-s" data-testid="cross-region-total">
        {why}
      </p>
    );
  }
  // The option being compared with comes first: that is the change the user asked about.
  const others = options
    .filter((o) => o.id !== option.id && typeof totals.get(o.id) === 'number')
    .sort((a, b) => Number(b.id === compareId) - Number(a.id === compareId));
  return (
    <div className="fp-cross-region" data-testid="cross-region-total">
      <p className="fp-cross-region__number">
        <strong data-testid="cross-region-value">{formatCount(shown)}</strong>{' '}
        {crossRegionWords(dataset, groupNounOf(option, g).one)} under {optionPhrase(option)} (
        {formatPercent(all > 0 ? shown / all : 0)} of all {dataset.unit} in the data).
      </p>
      <ul className="fp-cross-region__changes nhsuk-body-s">
        {others.map((o) => {
          const before = totals.get(o.id)!;
          const delta = shown - before;
          return (
            <li key={o.id} data-option={o.id}>
              From {markedTitle(o)} ({formatCount(before)}): <strong>{formatSigned(delta)}</strong>
              {before > 0 ? ` (${signedPercent(delta / before)})` : ''}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
