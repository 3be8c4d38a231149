// The criteria CSV (one row per criterion, one column per option) and the scorecard's link
// parameters (thresholds only when not default; bad values named, defaults kept).
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {csvParse, csvParseRows} from 'd3-dsv';
import type {BoundaryOption} from '../../src/domain/types';
import {DEFAULT_THRESHOLDS} from '../../src/domain/criteria/types';
import {criteriaCsv} from '../../src/ui/export/criteria-csv';
import {decodeScorecard, scorecardParams} from '../../src/state/thresholds-link';
import {DEFAULT_SCORECARD} from '../../src/state/thresholds';
import {decodeChoices} from '../../src/state/url';
import {criteria} from './criteria-ui-fixtures';
import {userOption} from './user-option';
import {geography} from './real-data';
import {viewPageParams} from '../../src/state/link-params';
import {criterionRowsIn} from '../../src/domain/criteria/rows';
import {wordsIn} from '../../src/domain/geography';

/** The criteria rows in the 2018 geography's words. */
const ROWS = criterionRowsIn(geography);

const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as BoundaryOption[];
const [before, initial, revised] = options as [BoundaryOption, BoundaryOption, BoundaryOption];
const mine = userOption(revised);
const strip = (text: string) => text.replace(/^\ufeff/, '');

describe('criteria CSV', () => {
  const c = [
    criteria('before', {
      populationRatio: 2.345,
      lowestContainment: {regionId: 'north-of-england', value: 0.8765},
      largestAreaKm2: 61_234.5,
    }),
    criteria('initial', {lowestContainment: null, outsideRegion: null}),
    criteria('revised', {lowestContainment: {regionId: 'midlands', value: 0.92}}),
  ];
  /** The CSV of the three built-in options' criteria `c` at `thresholds`, byte-order mark off. */
  const builtInCsv = (thresholds = DEFAULT_THRESHOLDS) =>
    strip(criteriaCsv(c, [before, initial, revised], thresholds, [before, initial, revised], ROWS));

  it('has one row per criterion and one column per option, shares as percentages, unknown as empty', () => {
    const rows = csvParse(builtInCsv());
    expect(rows.columns).toEqual([
      'criterion',
      'unit',
      'better',
      'threshold',
      before.title,
      initial.title,
      revised.title,
    ]);
    expect(rows.map((r) => r.criterion)).toEqual(
      ROWS.flatMap((r) =>
        r.region
          ? [r.label, `${r.label}: region`]
          : r.id === 'split-districts'
            ? [r.label, `${r.label}: which, with residents on each side`]
            : [r.label],
      ),
    );
    const ratio = rows.find((r) => r.criterion === 'Population balance')!;
    expect([ratio.better, ratio.threshold, ratio[before.title], ratio[revised.title]]).toEqual([
      'lower',
      '2',
      '2.35',
      '1.5',
    ]);
    const containment = rows.find((r) => r.criterion === 'Lowest flow containment')!;
    expect([
      containment.threshold,
      containment[before.title],
      containment[initial.title],
      containment[revised.title],
    ]).toEqual(['90', '87.7', '', '92']);
    expect(rows.find((r) => (r.criterion ?? '').startsWith('Fewest STPs'))!.better).toBe('');
  });

  it('writes values as the scorecard shows them, so a spreadsheet agrees with its Best and flags', () => {
    const rows = csvParse(builtInCsv());
    expect(rows.find((r) => r.criterion === 'Largest region by area')![before.title]).toBe('61235');
    expect(rows.find((r) => r.criterion === 'Population balance')![before.title]).toBe('2.35');
  });

  it('names the region with the lowest containment under each option, in the row after it', () => {
    const rows = csvParse(builtInCsv());
    const index = rows.findIndex((r) => r.criterion === 'Lowest flow containment');
    const region = rows[index + 1]!;
    expect([
      region.criterion,
      region.unit,
      region[before.title],
      region[initial.title],
      region[revised.title],
    ]).toEqual(['Lowest flow containment: region', 'region', 'North of England', '', 'Midlands']);
  });

  it('writes the thresholds in use', () => {
    const rows = csvParse(builtInCsv({...DEFAULT_THRESHOLDS, maxAreasPerRegion: 9}));
    expect(rows.find((r) => r.criterion === 'Most STPs in a region')!.threshold).toBe('9');
  });

  it('marks a user-built option in its column title and adds the notice column on every row', () => {
    const text = strip(
      criteriaCsv(
        [...c, criteria(mine.id)],
        [before, initial, revised, mine],
        DEFAULT_THRESHOLDS,
        [...options, mine],
        ROWS,
      ),
    );
    const [header, ...body] = csvParseRows(text);
    expect(header![0]).toBe('notice');
    expect(header!.at(-1)).toBe('My option 1 (user-built)');
    expect(
      body.every(
        (r) =>
          r[0] ===
          '“My option 1” was built by a Footprint user, based on the revised proposal. It is not an official proposal.',
      ),
    ).toBe(true);
    expect(csvParseRows(builtInCsv())[0]![0]).toBe('criterion');
  });
});

describe('scorecard link', () => {
  it('says nothing at the defaults', () => {
    expect(scorecardParams(DEFAULT_SCORECARD)).toEqual({});
  });

  it('round-trips the open scorecard and every changed threshold, containment as a percentage', () => {
    const choices = {
      open: true,
      thresholds: {
        ...DEFAULT_THRESHOLDS,
        maxPopulationRatio: 1.75,
        minContainment: 0.85,
        maxAreasPerRegion: 10,
        maxSplitDistricts: 3,
      },
    };
    const params = scorecardParams(choices);
    expect(params).toEqual({
      scorecard: '1',
      ratio: '1.75',
      containment: '85',
      maxstps: '10',
      splits: '3',
    });
    expect(decodeScorecard(new URLSearchParams(params).toString())).toEqual({
      choices,
      messages: [],
    });
  });

  it('writes only the thresholds that differ from the defaults', () => {
    expect(
      scorecardParams({open: false, thresholds: {...DEFAULT_THRESHOLDS, minContainment: 0.925}}),
    ).toEqual({containment: '92.5'});
    expect(decodeScorecard('?containment=92.5').choices).toEqual({
      thresholds: {...DEFAULT_THRESHOLDS, minContainment: 0.925},
    });
  });

  it('names each bad value and keeps its default, the rest of the link still applying', () => {
    const decoded = decodeScorecard(
      '?scorecard=yes&ratio=0.5&containment=abc&maxstps=2.5&splits=4',
    );
    expect(decoded.choices).toEqual({thresholds: {...DEFAULT_THRESHOLDS, maxSplitDistricts: 4}});
    expect(decoded.messages.map((m) => wordsIn(m, geography))).toEqual([
      "Scorecard setting 'yes' is not valid — use 0 or 1",
      "Largest population ratio threshold '0.5' is not valid — using 2",
      "Lowest flow containment threshold 'abc' is not valid — using 90%",
      "Most STPs in a region threshold '2.5' is not valid — using 12",
    ]);
  });

  it('the page knows the scorecard parameters (no "unknown setting" message for them)', () => {
    const decoded = decodeChoices(
      '?option=revised&scorecard=1&ratio=1.5&containment=80&maxstps=9&splits=2&sorecard=1',
      options,
      [],
      viewPageParams(),
      geography,
    );
    expect(decoded.messages.map((m) => wordsIn(m, geography))).toEqual([
      "Unknown setting 'sorecard' — did you mean scorecard?",
    ]);
  });
});
