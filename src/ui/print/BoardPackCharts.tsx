// The board pack's "Regions at a glance" sheets (issue 13): for each option, its regions'
// population (equal share marked) and flow containment (England marked) as bars, three
// options to an A4 landscape sheet. Read from the same row model as each option's own page.
import type {FootprintData} from '../../data/load';
import type {StpFlow} from '../../domain/flows';
import {markedTitle} from '../../domain/option-labels';
import type {BoundaryOption} from '../../domain/types';
import {HBarChart} from '../charts/HBarChart';
import {REGION_MEASURES, regionChart} from '../charts/region-chart-data';
import {rowsOf} from '../use-option-rows';
import '../charts/charts.scss';

/** Options per sheet: three rows of two charts fill the sheet at 12 px type. */
export const OPTIONS_PER_CHART_SHEET = 3;
/** The sheet's inner width in CSS px (297 mm less 22 mm of padding at 96 px per inch), halved. */
const CHART_WIDTH = 500;
const MEASURES = REGION_MEASURES.filter((m) => m.id === 'population' || m.id === 'containment');

/** How many sheets `count` options take. */
export const chartSheetCount = (count: number) => Math.ceil(count / OPTIONS_PER_CHART_SHEET);

interface Props {
  data: FootprintData;
  options: readonly BoundaryOption[];
  flows: readonly StpFlow[] | null;
  /** The first sheet's page number, and all pages in the pack. */
  firstPage: number;
  pages: number;
}

export function BoardPackCharts({data, options, flows, firstPage, pages}: Props) {
  const sheets = Array.from({length: chartSheetCount(options.length)}, (_, i) => options.slice(i * OPTIONS_PER_CHART_SHEET, (i + 1) * OPTIONS_PER_CHART_SHEET));
  return sheets.map((sheet, i) => (
    <section key={i} className="fp-page fp-page--charts" aria-labelledby={`fp-pack-charts-${i}`} data-testid="board-pack-charts">
      <header className="fp-page__header">
        <h2 id={`fp-pack-charts-${i}`}>Regions at a glance{sheets.length > 1 ? ` (${i + 1} of ${sheets.length})` : ''}</h2>
        <p>
          Page {firstPage + i} of {pages}. Population: ONS mid-2018, with an equal share of England marked. Flow containment: share of residents attributed to
          a trust in their own region (PHE 2018), with England’s marked.
        </p>
      </header>
      {sheet.map((option) => (
        <OptionCharts key={option.id} data={data} option={option} flows={flows} />
      ))}
    </section>
  ));
}

function OptionCharts({data, option, flows}: {data: FootprintData; option: BoundaryOption; flows: readonly StpFlow[] | null}) {
  const rows = rowsOf(option, data.stps, flows);
  const id = `fp-pack-glance-${option.id}`;
  return (
    <div className="fp-page__glance" data-testid="board-pack-glance">
      <h3 id={id}>{markedTitle(option)}</h3>
      <div className="fp-page__glance-charts">
        {MEASURES.map((m) => {
          const chart = regionChart(rows, m, flows ? 'not known' : 'not loaded');
          return (
            <figure key={m.id} className="fp-page__glance-chart" data-testid={`glance-${m.id}`}>
              <figcaption id={`${id}-${m.id}`}>{m.title}</figcaption>
              <HBarChart bars={chart.bars} width={CHART_WIDTH} marker={chart.marker} scope={`${id}-${m.id}`} labelledBy={`${id} ${id}-${m.id}`} density="dense" />
            </figure>
          );
        })}
      </div>
    </div>
  );
}
