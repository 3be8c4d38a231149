// @vitest-environment jsdom
// A flow file the user loaded is not split by part (issue 19): its measure is not the source's,
// so sharing it out by the source's CCG → trust flows would invent figures. For an option that
// moves a part, the whole-option number says so rather than showing area-level figures that
// ignore the move, or 0; an option that moves no part keeps its number.
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen} from '@testing-library/react';
import {useFlowData} from '../../src/state/flow-data';
import type {FlowDataset} from '../../src/domain/flow-dataset';
import {CrossRegionSummary} from '../../src/ui/flows/CrossRegionSummary';
import {In2018} from './in-2018';
import {option, areas} from '../unit/real-data';
import {resetPartLayer, usePartLayer} from '../../src/state/part-layer';
import {PARTS} from '../unit/builder-part-fixtures';
import {mine} from '../unit/builder-fixtures';

const revised = option('revised');
const moved = {...mine('revised'), partAssignments: {E38000182: 'midlands'}};
const file: FlowDataset = {
  kind: 'file',
  measure: 'Admissions',
  unit: 'admissions',
  period: '',
  source: 'mine',
  fileName: 'mine.csv',
  flows: [{origin: 'E54000007', destination: 'E54000020', volume: 10}],
};

// The page loads the part layer before drawing an option that moves parts (ui/use-data.ts).
beforeEach(() => usePartLayer.setState({geographyId: 'england-2018', partList: PARTS}));
afterEach(() => {
  cleanup();
  resetPartLayer();
  useFlowData.getState().restoreBuiltIn();
});

describe('the whole-option number with a loaded flow file', () => {
  it('is not computed for an option that moves a part, and says why', () => {
    useFlowData.getState().setCustom(file);
    render(
      <In2018>
        <CrossRegionSummary
          options={[revised, moved]}
          option={moved}
          units={areas}
          dataset={file}
        />
      </In2018>,
    );
    expect(screen.getByTestId('cross-region-total').textContent).toMatch(
      /^Not computed for .+: a loaded flow file is not split by CCG\.$/,
    );
  });

  it('is the file’s own figure for an option that moves none', () => {
    useFlowData.getState().setCustom(file);
    render(
      <In2018>
        <CrossRegionSummary
          options={[revised, moved]}
          option={revised}
          units={areas}
          dataset={file}
        />
      </In2018>,
    );
    expect(screen.getByTestId('cross-region-value').textContent).toBe('10');
  });
});
