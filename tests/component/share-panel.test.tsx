// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {readFileSync} from 'node:fs';
import type {FootprintData} from '../../src/data/load';
import type {BoundaryOption} from '../../src/domain/types';
import {useFootprint} from '../../src/state/store';
import {useFlowData} from '../../src/state/flow-data';
import {GEOGRAPHY_2018} from '../unit/real-data';

let finish: (ok: boolean) => void = () => {};
let fail: (err: Error) => void = () => {};
vi.mock('../../src/ui/export/actions', () => ({
  downloadComparisonCsv: () =>
    new Promise<boolean>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    }),
}));

const {SharePanel} = await import('../../src/ui/share/SharePanel');
const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as BoundaryOption[];
const data = {...GEOGRAPHY_2018, options, areas: []} as unknown as FootprintData;

afterEach(() => {
  cleanup();
  useFlowData.getState().restoreBuiltIn();
});

describe('SharePanel comparison CSV', () => {
  const start = () => {
    useFootprint.setState({compareId: options[0]!.id});
    render(<SharePanel data={data} option={options[2]!} />);
    fireEvent.click(screen.getByTestId('export-comparison-csv'));
  };

  it('says Downloaded only once the file is made', async () => {
    start();
    await screen.findByText('Preparing the comparison table…');
    finish(true);
    await screen.findByText('Downloaded the comparison table.');
  });

  it('shows a failure instead of claiming success', async () => {
    start();
    await screen.findByText('Preparing the comparison table…');
    fail(new Error('disk full'));
    await screen.findByText('Could not make the comparison table: disk full');
  });
});

describe('SharePanel Copy link', () => {
  const copy = async () => {
    render(<SharePanel data={data} option={options[2]!} />);
    fireEvent.click(screen.getByRole('button', {name: 'Copy link'}));
    return (await screen.findByTestId('share-link-message')).textContent;
  };

  it('promises this exact view when the flows are the built-in ones', async () => {
    expect(await copy()).toBe('Copy this link to share this exact view:');
  });

  it('says the link shows the built-in flow data, not the loaded file', async () => {
    const flows = [{origin: 'E54000020', destination: 'E54000015', volume: 5}];
    useFlowData.getState().setCustom({
      kind: 'file',
      measure: 'm',
      unit: 'admissions',
      period: '',
      source: 's',
      flows,
      fileName: 'mine.csv',
    });
    const words = await copy();
    expect(words).toBe(
      'Copy this link to share this view. It opens this view with the built-in flow data: your file mine.csv is not included in the link, and stays in this browser.',
    );
    expect(words).not.toMatch(/exact/);
  });
});

describe('SharePanel download heading', () => {
  // A newcomer read "Download (My option 1 (user-built))": brackets inside brackets.
  it('names a user-built option with one pair of brackets: "Download: My option 1 (user-built)"', () => {
    const mine: BoundaryOption = {
      ...options[2]!,
      id: 'user-1',
      title: 'My option 1',
      userBuilt: {basedOn: options[2]!.id, baseline: options[2]!.id} as never,
    };
    render(<SharePanel data={data} option={mine} />);
    const heading = screen.getByRole('heading', {name: /^Download/});
    expect(heading.textContent).toBe('Download: My option 1 (user-built)');
    expect(heading.textContent).not.toMatch(/\([^)]*\(/);
  });

  it('names a built-in option plainly', () => {
    render(<SharePanel data={data} option={options[2]!} />);
    expect(screen.getByRole('heading', {name: /^Download/}).textContent).toBe(
      `Download: ${options[2]!.title}`,
    );
  });
});
