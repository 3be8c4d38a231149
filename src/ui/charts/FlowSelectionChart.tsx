// A selection's flows as horizontal bars: where its residents are treated, or where the
// patients of its trusts live. Own area first, the largest other areas, then the rest; each bar
// in the colour of its region under the option shown, with a legend naming those colours and
// the same numbers in the figure's table. Nothing to draw gives a sentence, not an empty chart.
import {groupNounOf} from '../../domain/geography';
import {useId} from 'react';
import {measureLabel, type FlowDataset} from '../../domain/flow-dataset';
import type {SelectionFlows} from '../../domain/flow-selection';
import {
  selectionFlowsSummary,
  selectionFlowsTitle,
  sharePercent,
} from '../../domain/flow-selection-words';
import {formatCount, capitalise} from '../../domain/format';
import {isUserBuilt, USER_BUILT_MARKER} from '../../domain/option-labels';
import {optionPhrase} from '../../domain/options';
import {ChartFigure} from './ChartFigure';
import {HBarChart} from './HBarChart';
import type {TextColumn} from './chart-types';
import {ChartColourKey} from './ChartColourKey';
import {exportName} from '../export/download';
import {PATTERN_WORDS} from './patterns';
import {
  flowSelectionChartData,
  type FlowSelectionNames,
  type FlowSelectionRow,
} from './flow-selection-bars';
import './charts.scss';
import {useGeography} from '../geography-context';

export interface FlowSelectionChartProps extends FlowSelectionNames {
  flows: SelectionFlows;
  /** The selection as it reads in a sentence: "Northamptonshire", "the Midlands". */
  place: string;
  dataset: FlowDataset;
  testId?: string;
}

export function FlowSelectionChart({
  flows,
  place,
  dataset,
  testId,
  ...names
}: FlowSelectionChartProps) {
  // Pattern ids must be unique on the page; useId's colons are not welcome in url(#…).
  const scope = `fp-flows-${useId().replace(/[^\w-]/g, '')}`;
  const g = useGeography();
  const area = g.areas.noun;
  // The option's own word for its groups ("region" on 2018, "ICB", "cluster").
  const group = groupNounOf(names.option, g).one;
  const title = selectionFlowsTitle(flows.side, place);
  const summary = selectionFlowsSummary(flows, place, names.fullName);
  if (flows.parts.length === 0) {
    return (
      <p className="nhsuk-body-s fp-flow-chart-empty" data-testid={testId}>
        <strong>{title}.</strong> {summary}
      </p>
    );
  }
  const data = flowSelectionChartData(flows, names, area, groupNounOf(names.option, g));
  const columns: TextColumn<FlowSelectionRow>[] = [
    {
      label:
        flows.side === 'destinations' ? `${area.one} of the trust` : `${area.one} where they live`,
      text: (r) => r.label,
    },
    // Just "Region": the option is named in the colour key right above, and a longer heading
    // would not fit four columns into the side panel.
    {label: capitalise(group), text: (r) => r.region},
    {label: capitalise(dataset.unit), numeric: true, text: (r) => formatCount(r.volume)},
    {label: 'Share', numeric: true, text: (r) => sharePercent(r.share)},
  ];
  // A user's option is marked as such wherever it is named (option-labels.ts).
  const under = `${optionPhrase(names.option)}${isUserBuilt(names.option) ? ` ${USER_BUILT_MARKER}` : ''}`;
  const colourMeaning = `Bar colour: ${group} of ${flows.side === 'destinations' ? `the trust’s ${area.one}` : `the ${area.one} where they live`} under ${under}`;
  return (
    <ChartFigure
      title={title}
      summary={summary}
      testId={testId}
      className="fp-flow-chart"
      source={capitalise(measureLabel(dataset))}
      table={{columns, rows: data.rows, rowKey: (r) => r.key}}
      pngName={exportName(
        names.option.id,
        `chart-${flows.side}-${place
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')}`,
        'png',
      )}
      pngNotes={[
        `${colourMeaning}: ${data.legend.map((e) => `${e.name}${e.pattern ? ` (${PATTERN_WORDS[e.pattern]})` : ''}`).join(', ')}.`,
      ]}
    >
      {(width, labelledBy) => (
        <>
          <HBarChart
            bars={data.bars}
            width={width}
            scope={scope}
            labelledBy={labelledBy}
            swatches
          />
          <ChartColourKey meaning={colourMeaning} entries={data.legend} />
        </>
      )}
    </ChartFigure>
  );
}
