// @vitest-environment jsdom
import {afterEach, describe, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {readFileSync} from 'node:fs';
import type {FootprintData} from '../../src/data/load';
import type {BoundaryOption} from '../../src/domain/types';
import {useFootprint} from '../../src/state/store';

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
const options = JSON.parse(readFileSync('data/options.json', 'utf8')).options as BoundaryOption[];
const data = {options, stps: []} as unknown as FootprintData;

afterEach(cleanup);

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
