// @vitest-environment jsdom
// The scorecard section on the real 2018 data, with nothing mocked but the network: the
// app's own loaders read data/england-2018 from disk, the real scoring computes the rows. The
// expected figures are counted here straight from the data files, not through the app's code,
// so a broken computation (or a row fed from the wrong field) fails this test; the other
// scorecard-section tests mock the scoring to check the section's states.
import {readFileSync} from 'node:fs';
import {basename} from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import type {FootprintData} from '../../src/data/load';
import {resetScorecard} from '../../src/state/thresholds';
import {resetBuilder} from '../../src/state/builder';
import {GeographyProvider} from '../../src/ui/geography-context';
import {Scorecard} from '../../src/ui/scorecard/Scorecard';
import {
  GEOGRAPHY_2018,
  areas,
  areaShapes,
  areaTopology,
  districts,
  options,
} from '../unit/real-data';

const DATA = {
  ...GEOGRAPHY_2018,
  options,
  areas,
  areaTopology,
  areaShapes,
  context: {type: 'FeatureCollection', features: []},
} as unknown as FootprintData;

/** Per option, counted from options.json, stps.topo.json and districts.json. */
function expected(optionId: string) {
  const assignments = options.find((o) => o.id === optionId)!.assignments;
  const population = new Map<string, number>();
  const stps = new Map<string, number>();
  for (const area of areas) {
    const region = assignments[area.code]!;
    population.set(region, (population.get(region) ?? 0) + area.population);
    stps.set(region, (stps.get(region) ?? 0) + 1);
  }
  const split = districts.filter(
    (d) => new Set(d.parts.map((p) => assignments[p.areaCode])).size > 1,
  );
  return {
    populationRatio: Math.max(...population.values()) / Math.min(...population.values()),
    mostStps: Math.max(...stps.values()),
    fewestStps: Math.min(...stps.values()),
    splitDistricts: split.length,
  };
}

beforeEach(() => {
  resetScorecard();
  resetBuilder();
  vi.stubGlobal(
    'fetch',
    async (url: string) => new Response(readFileSync(`data/england-2018/${basename(String(url))}`)),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The first number in each cell of one row, option by option ("3.04× Over 2.00×" → 3.04). */
function rowNumbers(table: HTMLElement, rowId: string): number[] {
  const row = within(table).getByTestId(`scorecard-row-${rowId}`);
  return [...row.querySelectorAll('td')].map((td) =>
    Number(/\d[\d,]*(\.\d+)?/.exec(td.textContent ?? '')![0].replace(/,/g, '')),
  );
}

describe('the scorecard on the real 2018 data', () => {
  it('shows, for every option, the figures the data files give', async () => {
    render(
      <GeographyProvider data={DATA}>
        <Scorecard data={DATA} />
      </GeographyProvider>,
    );
    const details = screen.getByTestId('scorecard') as HTMLDetailsElement;
    await act(async () => {
      details.open = true;
      fireEvent(details, new Event('toggle'));
    });
    const table = await screen.findByTestId('scorecard-table');
    expect(screen.queryByTestId('scorecard-error')).toBeNull();
    const ids = options.map((o) => o.id);
    expect(
      within(table)
        .getAllByTestId('scorecard-option')
        .map((h) => h.textContent),
    ).toEqual(options.map((o) => o.title));
    const want = ids.map(expected);
    expect(rowNumbers(table, 'population-ratio')).toEqual(
      want.map((w) => Number(w.populationRatio.toFixed(2))),
    );
    expect(rowNumbers(table, 'most-stps')).toEqual(want.map((w) => w.mostStps));
    expect(rowNumbers(table, 'fewest-stps')).toEqual(want.map((w) => w.fewestStps));
    // The districts file loads after the table first shows: wait for its row.
    await within(table).findByTestId('scorecard-row-split-districts');
    expect(rowNumbers(table, 'split-districts')).toEqual(want.map((w) => w.splitDistricts));
    expect(want.some((w) => w.splitDistricts > 0)).toBe(true);
  });
});
