// @vitest-environment jsdom
// Which rows a scorecard shows is its geography's manifest (issue 20): England 2026's table and
// threshold boxes show exactly the rows its manifest lists, scored on its built files, with its
// own default population threshold (1,000,000) that a user can change; 2018's exactly today's.
import {readFileSync} from 'node:fs';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {act, cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import {ScorecardTable} from '../../src/ui/scorecard/ScorecardTable';
import {SplitDistricts} from '../../src/ui/scorecard/SplitDistricts';
import {ThresholdControls} from '../../src/ui/scorecard/ThresholdControls';
import {BoardPackScorecard} from '../../src/ui/print/BoardPackScorecard';
import {GeographyProvider} from '../../src/ui/geography-context';
import {resetScorecard, useScorecard} from '../../src/state/thresholds';
import {optionCriteria} from '../../src/domain/criteria/score';
import {thresholdDefaultsOf, type DistrictResidents} from '../../src/domain/criteria/types';
import type {Area, BoundaryOption} from '../../src/domain/types';
import type {Geography} from '../../src/domain/geography';
import {GEOGRAPHY_2018} from '../unit/real-data';
import {FIXTURE_CRITERIA, FIXTURE_OPTIONS} from '../unit/criteria-ui-fixtures';

beforeEach(() => act(resetScorecard));
afterEach(cleanup);

const json = <T,>(file: string): T =>
  JSON.parse(readFileSync(`data/england-2026/${file}`, 'utf8')) as T;
const manifest2026 = json<Geography>('manifest.json');
const areas = json<{objects: {areas: {geometries: {properties: Area}[]}}}>(
  'areas.topo.json',
).objects.areas.geometries.map((g) => g.properties);
const {options} = json<{options: BoundaryOption[]}>('options.json');
const districts = json<{districts: DistrictResidents[]}>('districts.json').districts;
const authorities = json<{combinedAuthorities: DistrictResidents[]}>(
  'combined-authorities.json',
).combinedAuthorities;
const {trusts} = json<{trusts: {code: string; areaCode: string}[]}>('trusts.json');
const criteria2026 = options.map((o) =>
  optionCriteria(o, {units: areas, flows: null, districts, authorities, trusts}),
);

function Connected({
  options: shown,
  criteria,
}: {
  options: typeof FIXTURE_OPTIONS;
  criteria: typeof FIXTURE_CRITERIA;
}) {
  const thresholds = useScorecard((s) => s.thresholds);
  return (
    <>
      <ThresholdControls />
      <ScorecardTable options={shown} criteria={criteria} thresholds={thresholds} />
    </>
  );
}

const rowIds = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.getAttribute('data-testid')!.replace('scorecard-row-', ''));
const rowLabels = () => screen.getAllByRole('rowheader').map((h) => h.textContent);
const boxes = () =>
  within(screen.getByTestId('threshold-controls'))
    .getAllByRole('textbox')
    .map((b) => b.getAttribute('data-testid'));

describe('the scorecard of each geography', () => {
  it("England 2026 shows exactly its manifest's rows, in order, and its own thresholds", () => {
    act(() => useScorecard.getState().applyScorecard({}, thresholdDefaultsOf(manifest2026)));
    render(
      <GeographyProvider data={{geography: manifest2026, fileUrl: (n: string) => n}}>
        <Connected options={options} criteria={criteria2026} />
      </GeographyProvider>,
    );
    expect(rowIds()).toEqual(manifest2026.criteria.rows);
    // Its options group areas into ICBs, clusters and regions: the rows name all three.
    expect(rowLabels().slice(0, 3)).toEqual([
      'Smallest ICB, cluster or region by population (people)',
      'Largest ICB, cluster or region by population (people)',
      'ICBs, clusters or regions below the population threshold (ICBs, clusters or regions)',
    ]);
    expect(boxes()).toEqual([
      'threshold-minpop',
      'threshold-splits',
      'threshold-casplits',
      'threshold-mintrusts',
      'threshold-containment',
    ]);
    const minpop = screen.getByTestId('threshold-minpop') as HTMLInputElement;
    expect(minpop.value).toBe('1000000');
    const below = () =>
      within(screen.getByTestId('scorecard-row-regions-below-population'))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    const before = below();
    expect(before.some((t) => t?.includes('Some under 1,000,000'))).toBe(true);
    fireEvent.change(minpop, {target: {value: '0'}});
    expect(below().every((t) => t === '0')).toBe(true);
    fireEvent.click(screen.getByRole('button', {name: 'Reset thresholds'}));
    expect(minpop.value).toBe('1000000');
    expect(below()).toEqual(before);
  });

  it('England 2026 calls its groups by its options’ own nouns in every row: a cluster is never called an ICB (newcomer trial)', () => {
    const icbs = options.filter((o) => o.groupNoun?.one === 'ICB');
    const {unmount} = render(
      <GeographyProvider data={{geography: manifest2026, fileUrl: (n: string) => n}}>
        <Connected
          options={icbs}
          criteria={criteria2026.filter((c) => icbs.some((o) => o.id === c.optionId))}
        />
      </GeographyProvider>,
    );
    expect(rowLabels().filter((l) => /region|cluster/i.test(l ?? ''))).toEqual([]);
    expect(rowLabels()).toContain('Local authority districts split between ICBs (districts)');
    unmount();
    render(
      <GeographyProvider data={{geography: manifest2026, fileUrl: (n: string) => n}}>
        <Connected options={options} criteria={criteria2026} />
      </GeographyProvider>,
    );
    expect(rowLabels()).toContain(
      'Local authority districts split between ICBs, clusters or regions (districts)',
    );
    expect(rowLabels().filter((l) => /\bICBs? (?!or|cluster)/.test(l ?? ''))).toEqual([]);
  });

  it("lists the districts each option splits, with the residents on each side, in its groups' words (issue 21, fault 10)", () => {
    render(
      <GeographyProvider data={{geography: manifest2026, fileUrl: (n: string) => n}}>
        <SplitDistricts options={options} criteria={criteria2026} />
      </GeographyProvider>,
    );
    const perOption = screen.getAllByTestId('split-districts-option');
    expect(perOption.map((el) => (el.querySelector('summary') ?? el).textContent)).toEqual(
      options.map((o, i) => {
        const n = criteria2026[i]!.splitDistricts.length;
        return `${o.title}: ${n} ${n === 1 ? 'district' : 'districts'} split between ${o.groupNoun!.many}${n ? '' : '.'}`;
      }),
    );
    // Every split district is listed under its option, each side with its group's name and residents.
    options.forEach((o, i) => {
      const items = within(perOption[i]!)
        .queryAllByTestId('split-district')
        .map((li) => li.textContent);
      expect(items).toEqual(
        criteria2026[i]!.splitDistricts.map(
          (s) =>
            `${s.name}: ${s.regions.map((r) => `${o.regions.find((g) => g.id === r.regionId)!.name} ${r.residents.toLocaleString('en-GB')}`).join('; ')} residents`,
        ),
      );
    });
    expect(criteria2026.some((c) => c.splitDistricts.length > 0)).toBe(true);
  });

  it("England 2018 shows exactly today's rows and threshold boxes", () => {
    render(
      <GeographyProvider data={GEOGRAPHY_2018}>
        <Connected options={FIXTURE_OPTIONS} criteria={FIXTURE_CRITERIA} />
      </GeographyProvider>,
    );
    expect(rowLabels()).toEqual([
      'Population balance (largest ÷ smallest region)',
      'Lowest flow containment (% of residents treated in their own region)',
      'Residents attributed outside their region (residents)',
      'Most STPs in a region (STPs)',
      'Fewest STPs in a region (STPs)',
      'Most CCGs in a region (CCGs)',
      'Fewest CCGs in a region (CCGs)',
      'Largest region by area (km²)',
      'Local authority districts split between regions (districts)',
      'Residents on the minority side of a split district (residents)',
    ]);
    expect(boxes()).toEqual([
      'threshold-ratio',
      'threshold-containment',
      'threshold-maxstps',
      'threshold-splits',
    ]);
  });

  it('reads "2,5" typed in the ratio box as 2.5 and says so, and "1,000,000" in a population box (issue 21, fault 3)', () => {
    render(
      <GeographyProvider data={GEOGRAPHY_2018}>
        <Connected options={FIXTURE_OPTIONS} criteria={FIXTURE_CRITERIA} />
      </GeographyProvider>,
    );
    fireEvent.change(screen.getByTestId('threshold-ratio'), {target: {value: '2,5'}});
    expect(useScorecard.getState().thresholds.maxPopulationRatio).toBe(2.5);
    expect(screen.getByTestId('threshold-ratio-note').textContent).toBe('2,5: read as 2.5');
    expect((screen.getByTestId('threshold-ratio') as HTMLInputElement).value).toBe('2,5');
    fireEvent.change(screen.getByTestId('threshold-ratio'), {target: {value: '1,500'}});
    expect(useScorecard.getState().thresholds.maxPopulationRatio).toBe(2.5);
    expect(screen.getByText(/could be 1500 or 1\.500.*still using 2\.5$/)).toBeTruthy();
    cleanup();
    act(() => useScorecard.getState().applyScorecard({}, thresholdDefaultsOf(manifest2026)));
    render(
      <GeographyProvider data={{geography: manifest2026, fileUrl: (n: string) => n}}>
        <ThresholdControls />
      </GeographyProvider>,
    );
    fireEvent.change(screen.getByTestId('threshold-minpop'), {target: {value: '1,500,000'}});
    expect(useScorecard.getState().thresholds.minRegionPopulation).toBe(1_500_000);
  });
});

describe('the board pack scorecard on England 2026', () => {
  it('says its thresholds in the words of the options’ groups, as its rows do (review)', () => {
    const state = {
      status: 'ready' as const,
      options,
      criteria: criteria2026,
      flowsMissing: false,
      districtsMissing: false,
    };
    render(
      <GeographyProvider data={{geography: manifest2026, fileUrl: (n: string) => n}}>
        <BoardPackScorecard state={state} baseline={options[0]!} pages={9} />
      </GeographyProvider>,
    );
    const sentences = screen.getAllByTestId('board-pack-thresholds').map((el) => el.textContent);
    expect(sentences[0]).toMatch(/ICB, cluster or region/);
    for (const s of sentences) expect(s).not.toMatch(/\bICBs? (?!or)|\ban? ICB\b(?!,)/);
  });
});
