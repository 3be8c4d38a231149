// The charts an embed asked for with `chart=` (issue 13), under the map: the region charts
// here; the comparison, scorecard and flow charts when the page has what they need (two
// options compared, a selection), otherwise a line saying why not.
import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import type {BoundaryOption} from '../../domain/types';
import {RegionCharts} from '../charts/RegionCharts';
import type {RegionMeasureId} from '../charts/region-chart-data';
import type {EmbedChartId} from './embed-charts';
import {EmbedCompare} from './EmbedCompare';
import {EmbedScorecard} from './EmbedScorecard';
import {EmbedSelectionFlows} from './EmbedSelectionFlows';
import {PUBLISHED_WORDS} from '../../domain/published-words';

const REGION_CHARTS: readonly RegionMeasureId[] = [
  'population',
  PUBLISHED_WORDS.areaCount,
  'containment',
  'outside',
];

/** `scrolls`: the frame has a fixed height, so the charts scroll in their own box (which
 * then takes keyboard focus, so it can be scrolled without a mouse). */
export function EmbedCharts({
  data,
  option,
  charts,
  scrolls,
}: {
  data: FootprintData;
  option: BoundaryOption;
  charts: readonly EmbedChartId[];
  scrolls: boolean;
}) {
  // Memoised, so the region charts' own memo holds across renders.
  const regional = useMemo(() => REGION_CHARTS.filter((c) => charts.includes(c)), [charts]);
  if (charts.length === 0) return null;
  return (
    <section
      className="fp-embed__charts"
      aria-label="Charts"
      data-testid="embed-charts"
      tabIndex={scrolls ? 0 : undefined}
    >
      {regional.length > 0 && <RegionCharts data={data} option={option} measures={regional} />}
      {charts.includes('compare') && <EmbedCompare data={data} option={option} />}
      {charts.includes('scorecard') && <EmbedScorecard data={data} />}
      {charts.includes('flows') && <EmbedSelectionFlows data={data} option={option} />}
    </section>
  );
}
