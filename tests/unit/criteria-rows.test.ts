// The scorecard rows, thresholds, best-per-row marks and the trade-off sentences, on the toy.
import {describe, expect, it} from 'vitest';
import {bestOptions, criterionRow, criterionRows} from '../../src/domain/criteria/rows';
import {optionCriteria} from '../../src/domain/criteria/score';
import {tradeOffSentences} from '../../src/domain/criteria/trade-offs';
import {DEFAULT_THRESHOLDS, type OptionCriteria} from '../../src/domain/criteria/types';
import {TOY_A, TOY_B, TOY_C, TOY_STPS} from './toy-geography';
import {TOY_DISTRICTS, TOY_FLOWS} from './criteria-fixtures';

const inputs = {units: TOY_STPS, flows: TOY_FLOWS, districts: TOY_DISTRICTS};
const [a, b, c] = [TOY_A, TOY_B, TOY_C].map((o) => optionCriteria(o, inputs)) as [OptionCriteria, OptionCriteria, OptionCriteria];
const titles = {alpha: 'Alpha', beta: 'Beta', gamma: 'Gamma'};
const regionNames = {west: 'West', east: 'East', north: 'North', south: 'South'};

describe('criterion rows', () => {
  it('are in scorecard order, with unique ids, and read the right figure', () => {
    expect(criterionRows.map((r) => r.id)).toEqual([
      'population-ratio', 'lowest-containment', 'outside-region', 'most-stps', 'fewest-stps',
      'most-ccgs', 'fewest-ccgs', 'largest-area', 'split-districts', 'minority-residents',
    ]);
    expect(criterionRows.map((r) => r.value(b))).toEqual([9.5, 900 / 1000, 400, 4, 1, 9, 2, 950, 1, 400]);
    expect(criterionRow('lowest-containment').value(optionCriteria(TOY_A, {...inputs, flows: null}))).toBeNull();
    expect(() => criterionRow('nope' as never)).toThrow(/No criterion row "nope"/);
  });

  it('have a pass test exactly where the issue sets a threshold, at its boundary', () => {
    const t = DEFAULT_THRESHOLDS;
    const pass = (id: Parameters<typeof criterionRow>[0], v: number, th = t) => criterionRow(id).passes!(v, th);
    expect(criterionRows.filter((r) => r.threshold).map((r) => [r.id, r.threshold])).toEqual([
      ['population-ratio', 'maxPopulationRatio'], ['lowest-containment', 'minContainment'], ['most-stps', 'maxStpsPerRegion'], ['split-districts', 'maxSplitDistricts'],
    ]);
    for (const r of criterionRows) expect(Boolean(r.passes)).toBe(Boolean(r.threshold));
    expect([pass('population-ratio', 2), pass('population-ratio', 2.01)]).toEqual([true, false]);
    expect([pass('lowest-containment', 0.9), pass('lowest-containment', 0.899)]).toEqual([true, false]);
    expect([pass('most-stps', 12), pass('most-stps', 13)]).toEqual([true, false]);
    expect([pass('split-districts', 0), pass('split-districts', 1)]).toEqual([true, false]);
    expect(pass('split-districts', 1, {...t, maxSplitDistricts: 1})).toBe(true);
  });

  it('bestOptions marks the lowest or highest, every option on a tie, and skips nulls', () => {
    expect(bestOptions('population-ratio', [a, b, c])).toEqual(['gamma']);
    expect(c.lowestContainment).toEqual({regionId: 'north', value: 700 / 1000});
    expect(bestOptions('lowest-containment', [a, b, c])).toEqual(['beta']);
    expect(bestOptions('fewest-stps', [a, b, c])).toEqual(['alpha']);
    expect(bestOptions('split-districts', [a, b, c])).toEqual(['alpha']);
    expect(bestOptions('most-ccgs', [a, c])).toEqual(['gamma']);
    expect(bestOptions('minority-residents', [b, c])).toEqual(['gamma']);
    const noFlows = optionCriteria(TOY_A, {...inputs, flows: null});
    expect(bestOptions('outside-region', [noFlows, b])).toEqual(['beta']);
    expect(bestOptions('outside-region', [noFlows])).toEqual([]);
    expect(bestOptions('population-ratio', [a, {...a, optionId: 'copy', populationRatio: a.populationRatio! * (1 + 1e-9)}])).toEqual(['alpha', 'copy']);
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
    expect(sentence).toMatch(/^beta splits 1 council district .* mostly in west with 400 residents in east\.$/);
  });
});
