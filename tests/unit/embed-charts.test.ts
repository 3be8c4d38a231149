// The embed's chart= parameter (issue 13): a comma list, forgiving case and spaces, naming
// what it cannot use and never reading an unknown name as another chart.
import {describe, expect, it} from 'vitest';
import {embedChartParam, readEmbedCharts} from '../../src/ui/embed/embed-charts';

describe('chart=', () => {
  it('reads a comma list into the drawing order, once each', () => {
    expect(readEmbedCharts('?chart=containment,Population,%20containment')).toEqual({
      charts: ['population', 'containment'],
      messages: [],
    });
  });

  it('names an unknown chart and leaves it out', () => {
    const read = readEmbedCharts('?chart=population,popluation');
    expect(read.charts).toEqual(['population']);
    expect(read.messages).toEqual([
      "Embed setting chart='popluation' is not a chart — did you mean population? Use population, stps, containment, outside, compare, scorecard, flows; left out",
    ]);
    expect(readEmbedCharts('?chart=zzzzzzzz').messages).toEqual([
      "Embed setting chart='zzzzzzzz' is not a chart — use population, stps, containment, outside, compare, scorecard, flows; left out",
    ]);
  });

  it('asks for nothing when absent or empty', () => {
    expect(readEmbedCharts('?option=revised')).toEqual({charts: [], messages: []});
    expect(readEmbedCharts('?chart=')).toEqual({charts: [], messages: []});
  });

  it('writes the parameter in drawing order, and none for no charts', () => {
    expect(embedChartParam(['scorecard', 'population'])).toBe('population,scorecard');
    expect(embedChartParam([])).toBeNull();
    expect(readEmbedCharts(`?chart=${embedChartParam(['flows', 'stps'])}`).charts).toEqual([
      'stps',
      'flows',
    ]);
  });
});
