// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen} from '@testing-library/react';
import type {FootprintData} from '../../src/data/load';
import type {Area} from '../../src/domain/types';
import {useFlowData} from '../../src/state/flow-data';
import {GEOGRAPHY_2018} from '../unit/real-data';

vi.mock('../../src/data/lazy', () => ({loadParts: () => Promise.resolve({parts: []})}));
vi.mock('../../src/data/flows-load', () => ({
  loadPartTrustFlows: () => Promise.resolve({trusts: []}),
}));
const {LoadFlowData} = await import('../../src/ui/flows/LoadFlowData');

const areas = [{code: 'E54000020'}, {code: 'E54000015'}] as Area[];
const data = {...GEOGRAPHY_2018, areas} as unknown as FootprintData;
const GOOD = 'origin,destination,volume\nE54000020,E54000015,100\n';
const BAD = 'origin,destination,volume\nNOPE,E54000015,100\n';

/** A file whose text arrives when the test says so. */
function slowFile(name: string) {
  let resolve: (text: string) => void = () => {};
  const file = {name, text: () => new Promise<string>((r) => (resolve = r))} as unknown as File;
  return {file, finish: (text: string) => resolve(text)};
}

afterEach(() => {
  cleanup();
  useFlowData.getState().restoreBuiltIn();
});

const choose = (file: File) =>
  fireEvent.change(screen.getByTestId('flow-file'), {target: {files: [file]}});

describe('LoadFlowData', () => {
  it('uses the file chosen last, even when an earlier one finishes reading after it', async () => {
    render(<LoadFlowData data={data} />);
    const first = slowFile('first.csv');
    const second = slowFile('second.csv');
    choose(first.file);
    choose(second.file);
    await act(async () => second.finish(GOOD));
    await screen.findByTestId('flow-file-loaded');
    await act(async () => first.finish(BAD));
    expect(useFlowData.getState().custom?.fileName).toBe('second.csv');
    expect(screen.queryByTestId('flow-file-problems')).toBeNull();
  });

  it('moves focus to the error summary when a file has problems, and says when unit and period are read', async () => {
    render(<LoadFlowData data={data} />);
    expect(
      screen.getByLabelText('What one unit of volume is').getAttribute('aria-describedby'),
    ).toBeTruthy();
    expect(screen.getByText(/they are taken when you choose the file/)).toBeTruthy();
    const bad = slowFile('bad.csv');
    choose(bad.file);
    await act(async () => bad.finish(BAD));
    const summary = await screen.findByTestId('flow-file-problems');
    expect(document.activeElement).toBe(summary);
  });

  it('loads a file with a repeated row, says which rows repeat and that they were added up', async () => {
    render(<LoadFlowData data={data} />);
    const file = slowFile('twice.csv');
    choose(file.file);
    await act(async () =>
      file.finish(
        'origin,destination,volume\nE54000020,E54000015,1200\nE54000020,E54000015,1200\n',
      ),
    );
    await screen.findByTestId('flow-file-loaded');
    expect(useFlowData.getState().custom?.flows).toEqual([
      {origin: 'E54000020', destination: 'E54000015', volume: 2400},
    ]);
    expect(screen.getByTestId('flow-file-warnings').textContent).toContain(
      'Rows 2 and 3 give the same flow, E54000020 → E54000015: their volumes were added up to 2,400.',
    );
  });

  it('says a semicolon file was read with semicolons, and shows no warning when nothing repeats', async () => {
    render(<LoadFlowData data={data} />);
    const file = slowFile('euro.csv');
    choose(file.file);
    await act(async () => file.finish('origin;destination;volume\nE54000020;E54000015;1234,5\n'));
    const loaded = await screen.findByTestId('flow-file-loaded');
    expect(loaded.textContent).toContain('The file seems to use semicolons between values');
    expect(screen.queryByTestId('flow-file-warnings')).toBeNull();
    expect(useFlowData.getState().custom?.flows[0]!.volume).toBe(1234.5);
  });
});
