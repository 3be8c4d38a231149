// The scorecard's one row list (src/domain/criteria/rows.ts): labels, directions, thresholds
// checked as shown, best-per-row marks compared as shown, and the trade-off sentences, on the toy.
import {describe, expect, it} from 'vitest';
import {criterionRow, thresholdRow, type CriterionId} from '../../src/domain/criteria/rows';
import {bestOptions, flaggedValues, isFlagged} from '../../src/domain/criteria/row-judging';
import {THRESHOLD_WORDS} from '../../src/domain/criteria/threshold-words';
import {optionCriteria} from '../../src/domain/criteria/score';
import {tradeOffSentences} from '../../src/domain/criteria/trade-offs';
import {DEFAULT_THRESHOLDS, type OptionCriteria} from '../../src/domain/criteria/types';
import {TOY_A, TOY_B, TOY_C, TOY_AREAS} from './toy-geography';
import {TOY_DISTRICTS, TOY_FLOWS} from './criteria-fixtures';
import {ROWS_2018 as criterionRows} from './criteria-ui-fixtures';
import {wordsIn} from '../../src/domain/geography';
import {geography} from './real-data';

const inputs = {units: TOY_AREAS, flows: TOY_FLOWS, districts: TOY_DISTRICTS};
const [a, b, c] = [TOY_A, TOY_B, TOY_C].map((o) => optionCriteria(o, inputs)) as [
  OptionCriteria,
  OptionCriteria,
  OptionCriteria,
];
const titles = {alpha: 'Alpha', beta: 'Beta', gamma: 'Gamma'};
const regionNames = {west: 'West', east: 'East', north: 'North', south: 'South'};

describe('criterion rows', () => {
  it('are in scorecard order, with unique ids, the words users see, and read the right figure', () => {
    expect(criterionRows.map((r) => r.id)).toEqual([
      'population-ratio',
      'lowest-containment',
      'outside-region',
      'most-stps',
      'fewest-stps',
      'most-ccgs',
      'fewest-ccgs',
      'largest-area',
      'split-districts',
      'minority-residents',
    ]);
    expect(
      criterionRows.map((r) => wordsIn(`${r.label} (${r.unitWords})`, geography)).slice(0, 2),
    ).toEqual([
      'Population balance (largest ÷ smallest region)',
      'Lowest flow containment (% of residents treated in their own region)',
    ]);
    expect(criterionRows.map((r) => r.value(b, DEFAULT_THRESHOLDS))).toEqual([
      9.5,
      900 / 1000,
      400,
      4,
      1,
      9,
      2,
      950,
      1,
      400,
    ]);
    expect(
      criterionRow('lowest-containment').value(
        optionCriteria(TOY_A, {...inputs, flows: null}),
        DEFAULT_THRESHOLDS,
      ),
    ).toBeNull();
    expect(() => criterionRow('nope' as never)).toThrow(/No criterion row "nope"/);
  });

  it('say which way is better, and neither for the fewest STPs or CCGs in a region', () => {
    expect(criterionRows.filter((r) => r.better === null).map((r) => r.id)).toEqual([
      'fewest-stps',
      'fewest-ccgs',
    ]);
    expect(criterionRows.filter((r) => r.better === 'higher').map((r) => r.id)).toEqual([
      'lowest-containment',
    ]);
    // A threshold caps a lower-is-better row and floors a higher-is-better one.
    for (const r of criterionRows.filter((r) => r.threshold))
      expect([r.id, THRESHOLD_WORDS[r.threshold!].limit]).toEqual([
        r.id,
        r.better === 'lower' ? 'at most' : 'at least',
      ]);
  });

  it('name the region of the lowest containment, and no region on rows about the whole option', () => {
    expect(criterionRow('lowest-containment').region!(b)).toBe('west');
    expect(
      criterionRow('lowest-containment').region!(optionCriteria(TOY_A, {...inputs, flows: null})),
    ).toBeNull();
    expect(criterionRows.filter((r) => r.region).map((r) => r.id)).toEqual(['lowest-containment']);
  });

  it('have a pass test exactly where the issue sets a threshold, at its boundary', () => {
    const t = DEFAULT_THRESHOLDS;
    const pass = (id: CriterionId, v: number, th = t) => criterionRow(id).passes!(v, th);
    expect(criterionRows.filter((r) => r.threshold).map((r) => [r.id, r.threshold])).toEqual([
      ['population-ratio', 'maxPopulationRatio'],
      ['lowest-containment', 'minContainment'],
      ['most-stps', 'maxAreasPerRegion'],
      ['split-districts', 'maxSplitDistricts'],
    ]);
    for (const r of criterionRows) expect(Boolean(r.passes)).toBe(Boolean(r.threshold));
    expect([pass('population-ratio', 2), pass('population-ratio', 2.01)]).toEqual([true, false]);
    expect([pass('lowest-containment', 0.9), pass('lowest-containment', 0.899)]).toEqual([
      true,
      false,
    ]);
    expect([pass('most-stps', 12), pass('most-stps', 13)]).toEqual([true, false]);
    expect([pass('split-districts', 0), pass('split-districts', 1)]).toEqual([true, false]);
    expect(pass('split-districts', 1, {...t, maxSplitDistricts: 1})).toBe(true);
    expect(thresholdRow('minContainment').id).toBe('lowest-containment');
  });

  it('check a threshold on the values as shown: 2.004× shows as 2.00× and is not over 2.00×', () => {
    const pass = (id: CriterionId, v: number) => criterionRow(id).passes!(v, DEFAULT_THRESHOLDS);
    expect([pass('population-ratio', 2.004), pass('population-ratio', 2.005)]).toEqual([
      true,
      false,
    ]);
    // 89.95% shows as 90.0%, not under 90.0%; 89.94% shows as 89.9%.
    expect([pass('lowest-containment', 0.8995), pass('lowest-containment', 0.8994)]).toEqual([
      true,
      false,
    ]);
    expect(isFlagged(criterionRow('population-ratio'), 2.004, DEFAULT_THRESHOLDS)).toBe(false);
    expect(
      isFlagged(criterionRow('population-ratio'), null, {
        ...DEFAULT_THRESHOLDS,
        maxPopulationRatio: 1,
      }),
    ).toBe(false);
    expect(isFlagged(criterionRow('largest-area'), 1e9, DEFAULT_THRESHOLDS)).toBe(false);
  });

  it('list every flagged value, row by row', () => {
    expect(flaggedValues([a, b, c], DEFAULT_THRESHOLDS, criterionRows)).toEqual([
      {rowId: 'population-ratio', optionId: 'alpha'},
      {rowId: 'population-ratio', optionId: 'beta'},
      {rowId: 'lowest-containment', optionId: 'alpha'},
      {rowId: 'lowest-containment', optionId: 'gamma'},
      {rowId: 'split-districts', optionId: 'beta'},
      {rowId: 'split-districts', optionId: 'gamma'},
    ]);
  });
});

describe('best values', () => {
  const best = (id: CriterionId, criteria: OptionCriteria[]) =>
    bestOptions(criterionRow(id), criteria, DEFAULT_THRESHOLDS);

  it('are the lowest or highest, every option on a tie, skipping unknown values', () => {
    expect(best('population-ratio', [a, b, c])).toEqual(['gamma']);
    expect(c.lowestContainment).toEqual({regionId: 'north', value: 700 / 1000});
    expect(best('lowest-containment', [a, b, c])).toEqual(['beta']);
    expect(best('split-districts', [a, b, c])).toEqual(['alpha']);
    expect(best('most-ccgs', [a, c])).toEqual(['gamma']);
    expect(best('minority-residents', [b, c])).toEqual(['gamma']);
    expect(best('most-stps', [a, {...a, optionId: 'copy'}, b])).toEqual(['alpha', 'copy']);
    const noFlows = {...optionCriteria(TOY_A, {...inputs, flows: null}), optionId: 'no-flows'};
    expect(best('outside-region', [noFlows, a, b])).toEqual(['beta']);
  });

  it('are none where neither way is better, or with fewer than two different values', () => {
    expect(best('fewest-stps', [a, b, c])).toEqual([]);
    expect(best('most-stps', [a, {...a, optionId: 'copy'}])).toEqual([]);
    const noFlows = optionCriteria(TOY_A, {...inputs, flows: null});
    expect(best('outside-region', [noFlows, b])).toEqual([]);
    expect(best('outside-region', [noFlows])).toEqual([]);
  });

  it('compare the values as shown: 1.801× and 1.799× both show as 1.80× and are both best', () => {
    const ratio = (id: string, populationRatio: number) => ({...a, optionId: id, populationRatio});
    expect(
      best('population-ratio', [ratio('x', 1.801), ratio('y', 1.799), ratio('z', 2.5)]),
    ).toEqual(['x', 'y']);
    expect(
      best('population-ratio', [ratio('x', 1.806), ratio('y', 1.804), ratio('z', 2.5)]),
    ).toEqual(['y']);
    const containment = (id: string, value: number) => ({
      ...a,
      optionId: id,
      lowestContainment: {regionId: 'east', value},
    });
    expect(
      best('lowest-containment', [
        containment('x', 0.91249),
        containment('y', 0.9115),
        containment('z', 0.8),
      ]),
    ).toEqual(['x', 'y']);
    const area = (id: string, largestAreaKm2: number) => ({...a, optionId: id, largestAreaKm2});
    expect(best('largest-area', [area('x', 700.4), area('y', 699.6), area('z', 800)])).toEqual([
      'x',
      'y',
    ]);
  });
});

describe('trade-off sentences', () => {
  it('say which option has fewer residents outside their region and which splits more districts', () => {
    expect(tradeOffSentences(a, b, titles, regionNames)).toEqual([
      'Beta has 100 fewer residents attributed to a trust outside their region than Alpha (400 against 500).',
      'Beta splits 1 council district between regions, 1 more than Alpha, affecting 400 residents on the minority side against 0; ' +
        'the largest split only it makes is Borderton, mostly in West with 400 residents in East.',
    ]);
  });

  it('say "the same" when the figures are equal, and leave flows out when not loaded', () => {
    expect(tradeOffSentences(b, {...b, optionId: 'gamma'}, titles, regionNames)).toEqual([
      'Beta and Gamma have the same number of residents attributed to a trust outside their region (400).',
      'Beta and Gamma split the same number of council districts between regions (1), with the same number of residents on the minority side (400).',
    ]);
    expect(tradeOffSentences({...b, outsideRegion: null}, c, titles, regionNames)).toEqual([
      'Beta and Gamma split the same number of council districts between regions (1), with 400 and 300 residents on the minority side respectively.',
    ]);
  });

  it('fall back to ids for unknown titles and regions', () => {
    const [, sentence] = tradeOffSentences(b, a, {}, {});
    expect(sentence).toMatch(
      /^beta splits 1 council district .* mostly in west with 400 residents in east\.$/,
    );
  });
});
