// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {readFileSync} from 'node:fs';
import type {FootprintData} from '../../src/data/load';
import type {FlowDataset} from '../../src/domain/flow-dataset';
import type {BoundaryOption, Area} from '../../src/domain/types';
import {useFlowData} from '../../src/state/flow-data';
import {FlowList} from '../../src/ui/flows/FlowList';

const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as BoundaryOption[];
const revised = options[2]!;
const [a, b] = Object.keys(revised.assignments) as [string, string];
const areas = [
  {code: a, name: 'Alpha STP', shortName: 'Alpha'},
  {code: b, name: 'Beta STP', shortName: 'Beta'},
] as Area[];
const dataset: FlowDataset = {
  kind: 'file',
  measure: 'Admissions',
  unit: 'admissions',
  period: '',
  source: 'test',
  flows: [{origin: a, destination: b, volume: 50000}],
};

afterEach(() => {
  cleanup();
  useFlowData.getState().highlight(null);
});

describe('FlowList', () => {
  it('keeps the highlight that focus made when the row is clicked; rows are not toggles', () => {
    render(
      <FlowList data={{areas} as unknown as FootprintData} option={revised} dataset={dataset} />,
    );
    // The name starts with the visible text (WCAG 2.5.3), then the full names and the rest.
    const row = screen.getByRole('button', {
      name: /^Alpha → Beta 50,000 admissions\s*\. Alpha STP → Beta STP; 100\.0% of everything/,
    });
    fireEvent.focus(row);
    expect(useFlowData.getState().highlighted).toBe(`${a}>${b}`);
    fireEvent.click(row);
    expect(useFlowData.getState().highlighted).toBe(`${a}>${b}`);
    expect(row.getAttribute('aria-pressed')).toBeNull();
    fireEvent.blur(row);
    expect(useFlowData.getState().highlighted).toBeNull();
  });
});
