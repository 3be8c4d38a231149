// Scorecard thresholds typed or linked in another form are read as meant, and said so (issue
// 21, faults 3 and 8c): "2,5" was read as 25, and containment=0.9 silently meant 0.9%.
import {describe, expect, it} from 'vitest';
import {decodeScorecard, parseThreshold, THRESHOLD_SPECS} from '../../src/state/thresholds-link';
import {DEFAULT_THRESHOLDS} from '../../src/domain/criteria/types';
import {embedHeight} from '../../src/ui/embed/embed-size';

const spec = (param: string) => THRESHOLD_SPECS.find((s) => s.param === param)!;

describe('a threshold typed in a box', () => {
  it('reads a decimal comma as the decimal, not ×10, and says how', () => {
    expect(parseThreshold(spec('ratio'), '2,5')).toEqual({value: 2.5, note: 'read as 2.5'});
    expect(parseThreshold(spec('containment'), '92,5')).toEqual({
      value: 0.925,
      note: 'read as 92.5',
    });
  });

  it('reads thousands separators in the population box', () => {
    expect(parseThreshold(spec('minpop'), '1,000,000')).toEqual({
      value: 1_000_000,
      note: 'read as 1000000',
    });
    expect(parseThreshold(spec('minpop'), '500 000')).toEqual({
      value: 500_000,
      note: 'read as 500000',
    });
  });

  it('refuses what it cannot read as one number, saying what the box takes', () => {
    expect(parseThreshold(spec('ratio'), '1,500')).toEqual({
      error: expect.stringMatching(
        /could be 1500 or 1\.500.*\. The box takes a number from 1 to 100$/,
      ),
    });
    expect(parseThreshold(spec('splits'), '2,5')).toEqual({
      error:
        '"2,5" is read as 2.5, not a whole number. The box takes a whole number from 0 to 1000',
    });
    expect(parseThreshold(spec('ratio'), '-2')).toEqual({error: 'Use a number from 1 to 100'});
  });
});

describe('a threshold in a link', () => {
  it('keeps a link in another form and says how it read it', () => {
    const decoded = decodeScorecard('?ratio=2,5&minpop=1,000,000');
    expect(decoded.choices.thresholds).toEqual({
      ...DEFAULT_THRESHOLDS,
      maxPopulationRatio: 2.5,
      minRegionPopulation: 1_000_000,
    });
    expect(decoded.messages).toEqual([
      "Largest population ratio threshold '2,5' read as 2.5",
      "Population of each {region} threshold '1,000,000' read as 1000000",
    ]);
  });

  it('reads containment from 0 to 1 as a percentage, as old links meant, and says so', () => {
    const decoded = decodeScorecard('?containment=0.9');
    expect(decoded.choices.thresholds?.minContainment).toBe(0.009);
    expect(decoded.messages).toEqual([
      "Lowest flow containment threshold '0.9' read as 0.9%, a percentage; for 90% write 90",
    ]);
    expect(decodeScorecard('?containment=85').messages).toEqual([]);
    expect(decodeScorecard('?containment=0').messages).toEqual([]);
  });
});

describe('the embed height box', () => {
  it('reads "1,000" as 1000 pixels (not 1, then 200), and says when it uses another height', () => {
    expect(embedHeight('1,000')).toEqual({px: 1000, note: '1,000 read as 1000 pixels'});
    expect(embedHeight('640')).toEqual({px: 640, note: null});
    expect(embedHeight('50')).toEqual({
      px: 200,
      note: '50 is below the smallest height; using 200 pixels',
    });
    expect(embedHeight('abc').note).toMatch(/not a number.*using 640 pixels$/);
  });
});
