// Option A and option B region by region, as dumbbells: A's value a hollow circle, B's a
// filled one in the region's colour, the change written at the end; a region only one option
// has gets one point and says so. Statuses and numbers both come from the comparison, whose
// regions carry the options' memoised rows, so the chart agrees with the comparison table.
import {capitalise} from '../../domain/format';
import {useId, useMemo, useState} from 'react';
import type {FootprintData} from '../../data/load';
import type {OptionComparison} from '../../domain/compare';
import {measureLabel, type FlowDataset} from '../../domain/flow-dataset';
import {markedTitle} from '../../domain/option-labels';
import {shortOptionTitle} from '../compare/measures';
import {exportName} from '../export/download';
import {ChartFigure} from './ChartFigure';
import type {TextColumn} from './chart-types';
import {compareChartRows, type CompareChartRow} from './compare-chart-data';
import {compareChartNotes, compareChartSummary, rowHeading} from './compare-chart-text';
import {
  CHART_MEASURES,
  DEFAULT_MEASURE,
  measureById,
  type ChartMeasure,
  type CompareMeasureId,
} from './compare-measures';
import {DumbbellChart} from './DumbbellChart';
import {DumbbellPoint} from './chart-marks';
import {hasFlowRows, useChartComparison} from './use-chart-comparison';
import './charts.scss';
import {groupNounOfAll, inWordsOf, wordsIn, type Noun} from '../../domain/geography';

/** Written where a region has no figure. */
const LOADING = 'loading';
const NOT_KNOWN = 'not known';

/** `comparison`: from useComparison, best with flows (the chart adds them when a flow measure
 * is shown and they are missing). */
export function CompareChart({
  data,
  comparison: given,
}: {
  data: FootprintData;
  comparison: OptionComparison;
}) {
  const id = useId();
  const [measureId, setMeasureId] = useState<CompareMeasureId>(DEFAULT_MEASURE);
  // The chart's words: its groups called by what A and B call them ("ICB or cluster" where they differ).
  const words = useMemo(
    () => ({...data.geography, regionNoun: groupNounOfAll([given.a, given.b], data.geography)}),
    [data.geography, given.a, given.b],
  );
  const measure = useMemo(() => inWordsOf(measureById(measureId), words), [measureId, words]);
  const {comparison, flows} = useChartComparison(data, given, measure.flows);
  const dataset = flows.status === 'ready' ? flows.value : null;
  const missing =
    measure.flows && !hasFlowRows(comparison) && flows.status !== 'error' ? LOADING : NOT_KNOWN;
  const rows = useMemo(
    () => compareChartRows(comparison, measure, missing, words.regionNoun),
    [comparison, measure, missing, words.regionNoun],
  );
  const titleA = markedTitle(comparison.a);
  const titleB = markedTitle(comparison.b);
  const notes = compareChartNotes(rows);
  return (
    <section
      className="fp-compare-chart"
      aria-labelledby={`${id}-heading`}
      data-testid="compare-chart"
    >
      <h3 className="nhsuk-heading-s" id={`${id}-heading`}>
        {capitalise(words.regionNoun.one)} by {words.regionNoun.one}
      </h3>
      <div className="nhsuk-form-group fp-compare-chart__measure">
        <label className="nhsuk-label" htmlFor={`${id}-measure`}>
          Show in the chart
        </label>
        <select
          className="nhsuk-select"
          id={`${id}-measure`}
          value={measureId}
          onChange={(e) => setMeasureId(e.target.value as CompareMeasureId)}
        >
          {CHART_MEASURES.map((m) => (
            <option key={m.id} value={m.id}>
              {wordsIn(labelOf(m, dataset), words)}
            </option>
          ))}
        </select>
      </div>
      {measure.flows && flows.status === 'error' && (
        <p className="nhsuk-body-s fp-compare-chart__status" role="status">
          The flow data did not load ({flows.message}), so these figures are not known.{' '}
          <button type="button" className="fp-link-button" onClick={flows.retry}>
            Try again
          </button>
        </p>
      )}
      <ChartFigure<CompareChartRow>
        title={`${wordsIn(titleOf(measure, dataset), words)}: ${titleA} (A) and ${titleB} (B)`}
        summary={compareChartSummary(rows, missing, words.regionNoun)}
        source={
          measure.flows ? (dataset ? capitalise(measureLabel(dataset)) : undefined) : measure.source
        }
        testId="compare-chart-figure"
        pngName={exportName(
          comparison.b.id,
          `chart-compare-${comparison.a.id}-${measureId}`,
          'png',
        )}
        pngNotes={[
          `Hollow circle: A, ${titleA}. Filled circle: B, ${titleB}, in the ${words.regionNoun.one}’s colour.`,
          ...notes,
        ]}
        table={{columns: columnsOf(comparison, words.regionNoun), rows, rowKey: (r) => r.key}}
      >
        {(width, labelledBy) => (
          <>
            <Key titleA={titleA} titleB={titleB} notes={notes} group={words.regionNoun.one} />
            <DumbbellChart
              rows={rows}
              width={width}
              scope={`dumbbell-${id.replace(/[^\w-]/g, '')}`}
              labelledBy={labelledBy}
              zeroBased={measure.zeroBased}
              tickFormat={measure.tickFormat}
            />
          </>
        )}
      </ChartFigure>
    </section>
  );
}

/** The key to the points, and the notes on renames and shared colours. */
function Key({
  titleA,
  titleB,
  notes,
  group,
}: {
  titleA: string;
  titleB: string;
  notes: string[];
  /** What A and B call their groups ("region", "ICB or cluster"). */
  group: string;
}) {
  return (
    <div className="fp-compare-chart__key">
      <ul className="fp-compare-chart__points">
        <li>
          <svg width={16} height={16} aria-hidden="true" className="fp-compare-chart__glyph">
            <DumbbellPoint side="a" cx={8} cy={8} />
          </svg>
          A: {titleA}
        </li>
        <li>
          <svg width={16} height={16} aria-hidden="true" className="fp-compare-chart__glyph">
            <DumbbellPoint side="b" cx={8} cy={8} fill="#768692" />
          </svg>
          B: {titleB}, in the {group}’s colour
        </li>
      </ul>
      {notes.length > 0 && (
        <ul className="fp-compare-chart__notes" data-testid="compare-chart-notes">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The text alternative's columns: short option names (the table's caption gives them whole,
 * marked where user-built), so the table fits a phone. */
function columnsOf({a, b}: OptionComparison, groups: Noun): TextColumn<CompareChartRow>[] {
  return [
    {label: capitalise(groups.one), text: rowHeading},
    {label: `A: ${shortOptionTitle(a)}`, numeric: true, text: (r) => r.aText},
    {label: `B: ${shortOptionTitle(b)}`, numeric: true, text: (r) => r.bText},
    {label: 'Change', numeric: true, text: (r) => r.endText},
  ];
}

/** The measure's name and the chart's title; a user's flow file counts its own unit, not
 * residents. */
const ownFile = (m: ChartMeasure, dataset: FlowDataset | null) =>
  m.id === 'outbound' && dataset !== null && dataset.kind !== 'builtin';
const labelOf = (m: ChartMeasure, dataset: FlowDataset | null) =>
  ownFile(m, dataset) ? `Flows outside their {region} (${dataset!.unit})` : m.label;
const titleOf = (m: ChartMeasure, dataset: FlowDataset | null) =>
  ownFile(m, dataset) ? `Flows from each {region} to other {regions} (${dataset!.unit})` : m.title;
