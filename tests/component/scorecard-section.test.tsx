// @vitest-environment jsdom
// The scorecard section as the page renders it: folded until opened, then the criteria of
// every option; a thrown computation (the domain placeholder, a district file without
// residents) becomes a sentence, never a blank page. And a region's shared districts.
// Its scoring, loaders and flows are mocked: scorecard-real-data.test.tsx checks the figures on
// the real data, unmocked.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import type {FootprintData} from '../../src/data/load';
import {resetScorecard, useScorecard} from '../../src/state/thresholds';
import {resetBuilder} from '../../src/state/builder';
import {FIXTURE_CRITERIA} from '../unit/criteria-ui-fixtures';
import {GEOGRAPHY_2018} from '../unit/real-data';
import {GeographyProvider} from '../../src/ui/geography-context';

const compute = vi.hoisted(() => ({fn: (_option: {id: string}): unknown => null}));
vi.mock('../../src/domain/criteria/score', () => ({
  optionCriteria: (option: {id: string}) => compute.fn(option),
}));
const districts = vi.hoisted(() => ({
  parts: [{areaCode: 'E54000020', lsoaShare: 1, residents: 1000}] as object[],
}));
vi.mock('../../src/data/lazy', () => ({
  loadDistricts: () =>
    Promise.resolve([{code: 'E07000037', name: 'High Peak', parts: districts.parts}]),
  loadAuthorities: () => Promise.reject(new Error('not in 2018')),
  loadTrusts: () => Promise.reject(new Error('not in 2018')),
}));
vi.mock('../../src/data/flows-load', () => ({
  loadAreaFlows: () => Promise.reject(new Error('offline')),
  loadPartTrustFlows: () => Promise.reject(new Error('offline')),
}));
const {Scorecard} = await import('../../src/ui/scorecard/Scorecard');
const {RegionCriteriaView} = await import('../../src/ui/scorecard/RegionCriteria');
// The 2018 options' word for their groups.
const REGION = {one: 'region', many: 'regions'};

const OPTIONS = [
  {id: 'before', title: 'Before', regions: []},
  {id: 'revised', title: 'Revised proposal', regions: []},
];
const DATA = {...GEOGRAPHY_2018, options: OPTIONS, areas: []} as unknown as FootprintData;

beforeEach(() => {
  resetScorecard();
  resetBuilder();
  districts.parts = [{areaCode: 'E54000020', lsoaShare: 1, residents: 1000}];
});
afterEach(cleanup);

async function openScorecard() {
  render(
    <GeographyProvider data={DATA}>
      <Scorecard data={DATA} />
    </GeographyProvider>,
  );
  const details = screen.getByTestId('scorecard') as HTMLDetailsElement;
  expect(screen.queryByTestId('threshold-controls')).toBeNull(); // folded: nothing fetched yet
  await act(async () => {
    details.open = true;
    fireEvent(details, new Event('toggle'));
  });
  expect(useScorecard.getState().open).toBe(true);
}

describe('scorecard section', () => {
  it('shows the criteria of every option once opened (flows that failed to load cost only their rows)', async () => {
    const computed: string[] = [];
    compute.fn = (o) => (computed.push(o.id), FIXTURE_CRITERIA.find((c) => c.optionId === o.id));
    await openScorecard();
    const table = await screen.findByTestId('scorecard-table');
    expect(
      within(table)
        .getAllByTestId('scorecard-option')
        .map((h) => h.textContent),
    ).toEqual(['Before', 'Revised proposal']);
    expect(screen.getByText(/The flow data did not load/)).toBeTruthy();
    // The chart beside the table draws the same options' criteria (one computation).
    const chart = screen.getByTestId('scorecard-chart');
    expect(
      [
        ...chart.querySelectorAll('[data-testid=scorecard-chart-population-ratio] g.fp-chart__row'),
      ].map((g) => g.getAttribute('data-key')),
    ).toEqual(['before', 'revised']);
    expect(within(chart).getByText(/The table above has the same numbers/)).toBeTruthy();
    expect(computed).toEqual(['before', 'revised']);
  });

  it('says the scorecard could not be computed when the computation throws', async () => {
    compute.fn = () => {
      throw new Error('optionCriteria is not built yet');
    };
    await openScorecard();
    expect((await screen.findByTestId('scorecard-error')).textContent).toBe(
      'The scorecard could not be computed: optionCriteria is not built yet',
    );
    expect(screen.getByTestId('threshold-controls')).toBeTruthy();
  });
});

describe('region criteria', () => {
  it('lists the districts the region shares, with the other regions and their residents', () => {
    const names = (id: string) => ({a: 'Midlands', b: 'North West'})[id] ?? id;
    const region = {
      regionId: 'a',
      population: 10_000_000,
      ofEqualShare: 1.1,
      containment: 0.9,
      outsideRegion: 5000,
      areas: 11,
      parts: 30,
      areaKm2: 30_000,
      sharedDistricts: [FIXTURE_CRITERIA[0]!.splitDistricts[0]!],
      trusts: null,
    };
    render(<RegionCriteriaView criteria={region} names={names} groups={REGION} />);
    expect(screen.getByTestId('region-shared-districts').textContent).toBe(
      'High Peak: shared with North West (20,000 residents)',
    );
    cleanup();
    render(
      <RegionCriteriaView
        criteria={{...region, sharedDistricts: [], containment: null}}
        names={names}
        groups={REGION}
      />,
    );
    expect(screen.getByText(/None: every district it touches lies wholly inside it/)).toBeTruthy();
    expect(screen.getByText('— (no flow data)', {exact: false})).toBeTruthy();
  });
});
