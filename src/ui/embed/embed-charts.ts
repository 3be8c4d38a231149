// The embed's `chart=` parameter (issue 13): which charts to draw under the map, a comma list,
// e.g. `chart=population,containment`. Unknown names are named to the user and left out;
// nothing else is read in their place.
import {closestName} from '../../state/link-params';
import {quote} from '../../state/quote';
import {PUBLISHED_WORDS} from '../../domain/published-words';

/** Every chart an embed can ask for, in the order they are drawn. */
export const EMBED_CHARTS = [
  'population',
  PUBLISHED_WORDS.areaCount,
  'containment',
  'outside',
  'compare',
  'scorecard',
  'flows',
] as const;
export type EmbedChartId = (typeof EMBED_CHARTS)[number];

/** What each chart shows, for the Embed dialog's choices. */
export const EMBED_CHART_LABELS: Record<EmbedChartId, string> = {
  population: 'Population by {region}',
  [PUBLISHED_WORDS.areaCount]: '{Areas} in each {region}',
  containment: 'Flow containment by {region}',
  outside: 'Residents attributed outside their {region}',
  compare: 'Change between the two options compared',
  scorecard: 'Scorecard of every option',
  flows: 'Where the selected area’s residents are treated',
};

const isChart = (s: string): s is EmbedChartId => (EMBED_CHARTS as readonly string[]).includes(s);

/** The charts asked for by `?chart=…` (in EMBED_CHARTS order, once each) and a message for
 * each name that is not a chart. Case and spaces are forgiven; an empty value asks for none. */
export function readEmbedCharts(search: string): {charts: EmbedChartId[]; messages: string[]} {
  const raw = new URLSearchParams(search).get('chart');
  if (raw === null) return {charts: [], messages: []};
  const names = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((n) => !isChart(n));
  return {
    charts: EMBED_CHARTS.filter((c) => names.includes(c)),
    messages: unknown.map((n) => {
      const near = closestName(n, EMBED_CHARTS);
      return `Embed setting chart=${quote(n)} is not a chart — ${near ? `did you mean ${near}? Use` : 'use'} ${EMBED_CHARTS.join(', ')}; left out`;
    }),
  };
}

/** The parameter's value for `charts` (null for none, so the link stays short). */
export const embedChartParam = (charts: readonly EmbedChartId[]): string | null =>
  charts.length ? EMBED_CHARTS.filter((c) => charts.includes(c)).join(',') : null;
