// Below the map: the Regions table for the option shown and, when comparing, the two options
// side by side, the comparison table and its chart; then the scorecard of every option.
// Tables are the accessible alternative to the map, not an afterthought.
import type {FootprintData} from '../../data/load';
import type {BoundaryOption} from '../../domain/types';
import {CompareChart} from '../charts/CompareChart';
import {ComparisonTable} from '../compare/ComparisonTable';
import {useComparison} from '../compare/use-comparison';
import {ComparisonTradeOffSection} from '../scorecard/ComparisonTradeOffSection';
import {SideBySide} from '../compare/SideBySide';
import {FlowSideChanges} from '../flows/FlowSideChanges';
import {RegionsTable} from './RegionsTable';
import {LaterRegionCharts, LaterScorecard} from '../later-panels';
import './regions.scss';
import {groupNounOf, groupNounOfAll} from '../../domain/geography';
import {capitalise} from '../../domain/format';

/** `option`: the option on the map, for the Regions table; `later`: the same one a render later
 * (Explorer's useDeferredValue), for the comparison, the charts and the scorecard. */
export function AnalysisSection({
  data,
  option,
  later = option,
}: {
  data: FootprintData;
  option: BoundaryOption;
  later?: BoundaryOption;
}) {
  // With flows: the comparison table shows them (the Regions table fetches them anyway).
  const comparison = useComparison(data, later, true);
  // The headings call groups by the options' own nouns: "Regions" on 2018; "ICBs or clusters"
  // comparing ICBs with clusters; the charts show the option on the map only.
  const shown = comparison ? [comparison.a, comparison.b] : [later];
  const numbers = capitalise(groupNounOfAll(shown, data.geography).many);
  const charts = capitalise(groupNounOf(later, data.geography).many);
  return (
    <section className="fp-analysis" aria-labelledby="fp-analysis-title">
      <h2 className="nhsuk-heading-m" id="fp-analysis-title">
        {numbers} in numbers
      </h2>
      {comparison && <SideBySide data={data} comparison={comparison} />}
      <div className="fp-analysis__tables">
        <RegionsTable data={data} option={option} />
        {comparison && <ComparisonTable comparison={comparison} />}
        {comparison && <CompareChart data={data} comparison={comparison} />}
        {comparison && <ComparisonTradeOffSection data={data} />}
        {comparison && <FlowSideChanges comparison={comparison} areas={data.areas} />}
      </div>
      <h3 className="nhsuk-heading-s" id="fp-region-charts">
        {charts} in charts
      </h3>
      <LaterRegionCharts data={data} option={later} />
      <LaterScorecard data={data} />
    </section>
  );
}
