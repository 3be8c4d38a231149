// The board pack's "Regions at a glance" sheets (issue 13): for each option, its regions'
// population (equal share marked) and flow containment (England marked) as bars, as many
// options to an A4 landscape sheet as their regions fit (glance-sheets.ts; an option with more
// bars than a sheet holds continues on the next), every option's bars
// on one scale per measure. Read from the same row model as each option's own page.
import {groupNounOf, groupNounOfAll} from '../../domain/geography';
import {capitalise} from '../../domain/format';
import type {FootprintData} from '../../data/load';
import type {AreaFlow} from '../../domain/flows';
import {markedTitle} from '../../domain/option-labels';
import type {BoundaryOption} from '../../domain/types';
import {HBarChart} from '../charts/HBarChart';
import {REGION_MEASURES, regionChart} from '../charts/region-chart-data';
import {rowsOf} from '../use-option-rows';
import {partsFor} from '../use-parts';
import {glanceSheets, type GlancePart} from './glance-sheets';
import '../charts/charts.scss';
import type {ReactNode} from 'react';
import {useFitSheet} from './use-fit-sheet';
import {SheetCut} from './SheetCut';

/** The sheet's inner width in CSS px (297 mm less 22 mm of padding at 96 px per inch), halved. */
const CHART_WIDTH = 500;
const MEASURES = REGION_MEASURES.filter((m) => m.id === 'population' || m.id === 'containment');

interface Props {
  data: FootprintData;
  options: readonly BoundaryOption[];
  flows: readonly AreaFlow[] | null;
  /** The first sheet's page number, and all pages in the pack. */
  firstPage: number;
  pages: number;
}

export function BoardPackCharts({data, options, flows, firstPage, pages}: Props) {
  const g = data.geography;
  const sheets = glanceSheets(options);
  // What the pack's options call their groups: "regions" on 2018, "ICBs or clusters" mixed.
  const groups = groupNounOfAll(options, g);
  // One scale per measure across the pack, so bar lengths compare between options by eye.
  const scales = MEASURES.map((m) =>
    Math.max(
      0,
      ...options.flatMap((o) =>
        rowsOf(o, data.areas, flows, partsFor(o)).rows.map((r) => m.value(r) ?? 0),
      ),
    ),
  );
  return sheets.map((sheet, i) => (
    <FitSection
      key={i}
      className="fp-page fp-page--charts"
      labelledBy={`fp-pack-charts-${i}`}
      testId="board-pack-charts"
    >
      <header className="fp-page__header">
        <h2 id={`fp-pack-charts-${i}`}>
          {capitalise(groups.many)} at a glance
          {sheets.length > 1 ? ` (${i + 1} of ${sheets.length})` : ''}
        </h2>
        <p>
          Page {firstPage + i} of {pages}. Population: {g.citations.population}, with an equal share
          of {g.place} marked. Flow containment: share of residents attributed to a trust in their
          own {groups.one} ({g.citations.flowsShort}), with {g.place}’s marked. One scale per
          measure across the options.
        </p>
      </header>
      {sheet.map((part) => (
        <OptionCharts
          key={`${part.option.id}-${part.from}`}
          data={data}
          part={part}
          flows={flows}
          scales={scales}
        />
      ))}
    </FitSection>
  ));
}

/** A sheet drawn smaller when its bars run past it (the sheets are planned from an estimate of
 * each option's height, glance-sheets.ts), saying so if even that does not fit. */
function FitSection({
  className,
  labelledBy,
  testId,
  children,
}: {
  className: string;
  labelledBy: string;
  testId: string;
  children: ReactNode;
}) {
  const {ref, cut} = useFitSheet();
  return (
    <section ref={ref} className={className} aria-labelledby={labelledBy} data-testid={testId}>
      {cut && <SheetCut />}
      {children}
    </section>
  );
}

/** An option's bars [from, to) in each chart's own order (largest first), on one scale per
 * measure; a part from a later bar says "continued". */
function OptionCharts({
  data,
  part: {option, from, to},
  flows,
  scales,
}: {
  data: FootprintData;
  part: GlancePart<BoundaryOption>;
  flows: readonly AreaFlow[] | null;
  scales: number[];
}) {
  const rows = rowsOf(option, data.areas, flows, partsFor(option));
  const id = `fp-pack-glance-${option.id}${from > 0 ? `-${from}` : ''}`;
  return (
    <div className="fp-page__glance" data-testid="board-pack-glance" data-option={option.id}>
      <h3 id={id}>
        {markedTitle(option)}
        {from > 0 && ' (continued)'}
      </h3>
      <div className="fp-page__glance-charts">
        {MEASURES.map((m, i) => {
          const chart = regionChart(
            rows,
            m,
            {...data.geography, regionNoun: groupNounOf(option, data.geography)},
            flows ? 'not known' : 'not loaded',
          );
          return (
            <figure key={m.id} className="fp-page__glance-chart" data-testid={`glance-${m.id}`}>
              <figcaption id={`${id}-${m.id}`}>
                {chart.measure.title}
                {/* The summary is of all the bars: said once, on the first part. */}
                {from === 0 && (
                  <span className="fp-visually-hidden" id={`${id}-${m.id}-summary`}>
                    {' '}
                    {chart.summary}
                  </span>
                )}
              </figcaption>
              <HBarChart
                bars={chart.bars.slice(from, to)}
                width={CHART_WIDTH}
                marker={chart.marker}
                scope={`${id}-${m.id}`}
                labelledBy={`${id} ${id}-${m.id}`}
                density="dense"
                domainMax={scales[i]}
              />
            </figure>
          );
        })}
      </div>
    </div>
  );
}
