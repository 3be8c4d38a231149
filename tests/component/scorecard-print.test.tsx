// @vitest-environment jsdom
// The scorecard in the board pack: its sheet names the thresholds in the controls' words and
// the table's number formats, and each option's line writes its figures with the scorecard's
// formatters, naming the region with the lowest containment.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen} from '@testing-library/react';
import {readFileSync} from 'node:fs';
import type {BoundaryOption} from '../../src/domain/types';
import {BoardPackScorecard} from '../../src/ui/print/BoardPackScorecard';
import {CriteriaLine} from '../../src/ui/print/OptionCriteriaLines';
import {criteria} from '../unit/criteria-ui-fixtures';
import {In2018} from './in-2018';

const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as BoundaryOption[];
const [before, initial, revised] = options as [BoundaryOption, BoundaryOption, BoundaryOption];

afterEach(cleanup);

describe('board pack scorecard', () => {
  it('names the default thresholds in the same words and formats as the controls and the table', () => {
    const state = {
      status: 'ready' as const,
      options,
      criteria: options.map((o) =>
        criteria(o.id, {lowestContainment: {regionId: 'london', value: 0.92}}),
      ),
      flowsMissing: false,
    };
    render(<BoardPackScorecard state={state} baseline={initial} pages={5} />, {wrapper: In2018});
    expect(screen.getByTestId('board-pack-thresholds').textContent).toBe(
      'largest population ratio at most 2.00×; lowest flow containment at least 90.0%; most STPs in a region at most 12; districts split between regions at most 0',
    );
    expect(screen.getByTestId('scorecard-row-lowest-containment').textContent).toContain(
      '92.0% (London)',
    );
  });

  it("writes an option's line with the scorecard's formatters, naming the region of the lowest containment", () => {
    const c = criteria('revised', {
      populationRatio: 1.855,
      lowestContainment: {regionId: 'north-west', value: 0.88249},
      minorityResidents: 25_000,
    });
    render(<CriteriaLine criteria={c} option={revised} />, {wrapper: In2018});
    expect(screen.getByTestId('board-pack-criteria').textContent).toBe(
      'Criteria: population ratio 1.86×; lowest containment 88.2% (North West); at most 10 STPs in a region; 0 districts split (25,000 residents on the minority side).',
    );
    cleanup();
    render(
      <CriteriaLine
        criteria={criteria('before', {populationRatio: null, lowestContainment: null})}
        option={before}
      />,
      {wrapper: In2018},
    );
    expect(screen.getByTestId('board-pack-criteria').textContent).toBe(
      'Criteria: at most 10 STPs in a region; 0 districts split (0 residents on the minority side).',
    );
  });
});
