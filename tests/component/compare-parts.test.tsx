// @vitest-environment jsdom
// Comparing with an option that moves one CCG (issue 19), as the page's components do it: once
// the part layer is in, the summary says the part move, the comparison chart and table total the
// regions part by part, and the map in words says the split area. Before the layer is loaded
// (or for options that move no part) they read as before.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen} from '@testing-library/react';
import type {FootprintData} from '../../src/data/load';
import type {BoundaryOption} from '../../src/domain/types';
import {unitWords} from '../../src/domain/geography';
import {usePartLayer, resetPartLayer} from '../../src/state/part-layer';
import {useFootprint} from '../../src/state/store';
import {useComparison} from '../../src/ui/compare/use-comparison';
import {CompareSummary} from '../../src/ui/compare/CompareSummary';
import {ComparisonTable} from '../../src/ui/compare/ComparisonTable';
import {CompareChart} from '../../src/ui/charts/CompareChart';
import {MapInWords} from '../../src/ui/MapInWords';
import {OptionSplits} from '../../src/ui/OptionSplits';
import {option, areas, geography, GEOGRAPHY_2018} from '../unit/real-data';
import {PARTS, PARTS_CONTEXT, TAMESIDE} from '../unit/builder-part-fixtures';
import {In2018} from './in-2018';

const revised = option('revised');
const moved: BoundaryOption = {
  ...revised,
  id: 'my-option-1',
  title: 'My option 1',
  userBuilt: {basedOn: 'revised', baseId: 'revised'},
  partAssignments: {[TAMESIDE]: 'midlands'},
};
const data = {...GEOGRAPHY_2018, areas, options: [revised, moved]} as unknown as FootprintData;
const SENTENCE =
  "1 of Greater Manchester's 10 CCGs moves: Tameside and Glossop CCG, from the North West to the Midlands.";

afterEach(() => {
  cleanup();
  resetPartLayer();
  useFootprint.getState().compareWith(null);
});

function Compared({b}: {b: BoundaryOption}) {
  const comparison = useComparison(data, b);
  if (!comparison) return null;
  return (
    <>
      <CompareSummary comparison={comparison} words={unitWords(geography)} />
      <ComparisonTable comparison={comparison} />
      <CompareChart data={data} comparison={comparison} />
      <MapInWords data={data} option={b} />
    </>
  );
}

const loadParts = () =>
  usePartLayer.setState({geographyId: geography.id, parts: PARTS_CONTEXT, partList: PARTS});
const chartB = (key: string) =>
  document.querySelector(
    `[data-testid="dumbbell-row"][data-key="${key}"] [data-testid="dumbbell-change"]`,
  )!.textContent;

describe('comparing Revised with an option that moves Tameside and Glossop CCG', () => {
  it('says the part move and totals the regions part by part once the parts are loaded', () => {
    loadParts();
    useFootprint.getState().compareWith('revised');
    render(
      <In2018>
        <Compared b={moved} />
      </In2018>,
    );
    const summary = screen.getByTestId('compare-summary');
    expect(summary.textContent).toContain(SENTENCE);
    expect(summary.textContent).toContain('Midlands: +1 CCG, +258,613 people (+2.5%).');
    expect(chartB('midlands')).toBe('+258,613');
    expect(chartB('north-west')).toBe('−258,613');
    expect(document.querySelector('tr[data-region-id="midlands"]')!.className).toBe(
      'fp-row-changed',
    );
    expect(screen.getByTestId('map-words-option').textContent).toContain(
      'Tameside and Glossop CCG is in the Midlands; the other 9 CCGs of Greater Manchester are in the North West.',
    );
    expect(screen.getByTestId('map-words-changes').textContent).toContain(SENTENCE);
  });

  it('reads as before for an option that moves no part', () => {
    loadParts();
    useFootprint.getState().compareWith('my-option-1');
    const plain = {...revised, id: 'plain'};
    render(
      <In2018>
        <Compared b={plain} />
      </In2018>,
    );
    expect(screen.getByTestId('compare-summary').textContent).toContain('1 of Greater Manchester');
    cleanup();
    useFootprint.getState().compareWith('revised');
    const {container} = render(
      <In2018>
        <Compared b={plain} />
      </In2018>,
    );
    expect(container.querySelector('[data-testid="compare-summary"] li')!.textContent).toBe(
      'No STP changes region.',
    );
    expect(screen.getByTestId('map-words-option').textContent).not.toContain('CCG');
  });

  it("says the option's split area under its description once the parts are loaded", () => {
    const {rerender} = render(<OptionSplits data={data} option={moved} />);
    expect(screen.queryByTestId('option-splits')).toBeNull();
    loadParts();
    rerender(<OptionSplits data={data} option={moved} />);
    expect(screen.getByTestId('option-splits').textContent).toBe(
      'Tameside and Glossop CCG is in the Midlands; the other 9 CCGs of Greater Manchester are in the North West.',
    );
  });
});
