// Per-region bars for the option shown (issue 13): population, areas, flow containment and
// residents attributed outside their region, each sorted, in the region colours, with
// England's reference marked. Read from the one row model, so they match the Regions table.
import {groupNounOf} from '../../domain/geography';
import {capitalise} from '../../domain/format';
import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import {markedTitle} from '../../domain/option-labels';
import type {BoundaryOption} from '../../domain/types';
import {useActiveFlows} from '../flows/use-flows';
import {useOptionRows} from '../use-option-rows';
import {exportName} from '../export/download';
import {ChartFigure} from './ChartFigure';
import {HBarChart} from './HBarChart';
import {
  measureForFlows,
  REGION_MEASURES,
  regionChart,
  type RegionMeasureId,
} from './region-chart-data';
import type {Bar} from './chart-types';
import './charts.scss';

export interface RegionChartsProps {
  data: FootprintData;
  option: BoundaryOption;
  /** Which measures to draw (all four by default; the embed asks for one). */
  measures?: readonly RegionMeasureId[];
}

export function RegionCharts({data, option, measures}: RegionChartsProps) {
  const rows = useOptionRows(data, option);
  const flows = useActiveFlows(true);
  const dataset = flows.status === 'ready' ? flows.value : null;
  const missing =
    flows.status === 'error'
      ? 'not known: the flow data did not load'
      : flows.status === 'ready'
        ? 'not known'
        : 'loading…';
  const charts = useMemo(
    () =>
      REGION_MEASURES.filter((m) => !measures || measures.includes(m.id)).map((m) =>
        regionChart(
          rows,
          measureForFlows(m, dataset),
          {...data.geography, regionNoun: groupNounOf(option, data.geography)},
          missing,
        ),
      ),
    [rows, measures, missing, dataset, data.geography, option],
  );
  return (
    <div className="fp-charts-grid" data-testid="region-charts">
      {charts.map((c) => (
        <ChartFigure<Bar>
          key={c.measure.id}
          testId={`region-chart-${c.measure.id}`}
          title={`${c.measure.title}, ${markedTitle(option)}`}
          summary={c.summary}
          source={c.measure.source}
          pngName={exportName(option.id, `chart-${c.measure.id}`, 'png')}
          table={{
            columns: [
              {label: capitalise(groupNounOf(option, data.geography).one), text: (b) => b.label},
              {
                label: c.measure.column,
                numeric: true,
                text: (b) => (b.value === null ? b.valueText : c.measure.full(b.value)),
              },
            ],
            rows: c.bars,
            rowKey: (b) => b.key,
          }}
        >
          {(width, labelledBy) => (
            <HBarChart
              bars={c.bars}
              width={width}
              marker={c.marker}
              scope={`fp-rc-${c.measure.id}`}
              labelledBy={labelledBy}
            />
          )}
        </ChartFigure>
      ))}
    </div>
  );
}
