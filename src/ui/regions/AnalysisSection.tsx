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
import {Scorecard} from '../scorecard/Scorecard';
import {RegionCharts} from '../charts/RegionCharts';
import './regions.scss';

export function AnalysisSection({data, option}: {data: FootprintData; option: BoundaryOption}) {
  // With flows: the comparison table shows them (the Regions table fetches them anyway).
  const comparison = useComparison(data, option, true);
  return (
    <section className="fp-analysis" aria-labelledby="fp-analysis-title">
      <h2 className="nhsuk-heading-m" id="fp-analysis-title">
        Regions in numbers
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
        Regions in charts
      </h3>
      <RegionCharts data={data} option={option} />
      <Scorecard data={data} />
    </section>
  );
}
