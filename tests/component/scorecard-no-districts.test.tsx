// @vitest-environment jsdom
// A geography without districts (issue 19) still scores every other criterion: the test grid
// (tests/fixtures/geographies/test-grid, built by scripts/lib/test-grid) loaded through the
// app's own loaders from disk, with its districts taken away. The scorecard shows its options'
// population and flow rows, leaves the coterminosity rows out and says so.
import {readFileSync} from 'node:fs';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import {loadGeographyData} from '../../src/data/load';
import type {FootprintData} from '../../src/data/load';
import {GeographyProvider} from '../../src/ui/geography-context';
import {Scorecard} from '../../src/ui/scorecard/Scorecard';
import {resetScorecard} from '../../src/state/thresholds';

const DIR = 'tests/fixtures/geographies/test-grid';
/** fetch over the fixture folder: `/grid/<name>` is the file of that name. */
const fromDisk = (async (url: string | URL) => {
  const name = String(url).replace(/^\/grid\//, '');
  return new Response(readFileSync(`${DIR}/${name}`, 'utf8'), {
    status: 200,
    headers: {'content-type': 'application/json'},
  });
}) as typeof fetch;

async function gridData(withoutDistricts: boolean): Promise<FootprintData> {
  const data = await loadGeographyData(
    {
      id: 'test-grid',
      builtIn: false,
      manifestUrl: '/grid/manifest.json',
      fileUrl: (name) => `/grid/${name}`,
    },
    fromDisk,
  );
  if (!withoutDistricts) return data;
  const files = {...data.geography.files};
  delete files.districts;
  return {...data, geography: {...data.geography, districts: null, files}};
}

async function openScorecard(data: FootprintData) {
  render(
    <GeographyProvider data={data}>
      <Scorecard data={data} />
    </GeographyProvider>,
  );
  const details = screen.getByTestId('scorecard') as HTMLDetailsElement;
  await act(async () => {
    details.open = true;
    fireEvent(details, new Event('toggle'));
  });
  return screen.findByTestId('scorecard-table');
}

const rowLabels = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((th) => th.textContent ?? '');

afterEach(() => {
  cleanup();
  resetScorecard();
  vi.unstubAllGlobals();
});

describe('the scorecard of a geography without districts', () => {
  it('scores population and flows, and leaves out the coterminosity rows with a note', async () => {
    vi.stubGlobal('fetch', fromDisk);
    const data = await gridData(true);
    const table = await openScorecard(data);
    expect(screen.queryByTestId('scorecard-error')).toBeNull();
    const labels = rowLabels(table);
    expect(labels.some((l) => /Largest ÷ smallest|population/i.test(l))).toBe(true);
    expect(labels.some((l) => /containment/i.test(l))).toBe(true);
    expect(labels.some((l) => /district/i.test(l))).toBe(false);
    expect(screen.getByTestId('scorecard-no-districts').textContent).toMatch(
      /has no local authority districts: the coterminosity rows are left out/,
    );
  });

  it('keeps the coterminosity rows where the geography has districts (its wards)', async () => {
    vi.stubGlobal('fetch', fromDisk);
    const table = await openScorecard(await gridData(false));
    expect(rowLabels(table).some((l) => /district/i.test(l))).toBe(true);
    expect(screen.queryByTestId('scorecard-no-districts')).toBeNull();
  });
});
