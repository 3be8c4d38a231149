// Comparing options that move single parts (issue 19): part moves listed apart from whole-area
// moves and worded part by part, the regions' figures totalled part by part, and an option's
// split areas in words. Options that move no part compare exactly as before.
import {describe, expect, it} from 'vitest';
import {compareOptions} from '../../src/domain/compare';
import {regionVersusSentences, summariseComparison} from '../../src/domain/summary';
import {partMoveSentences, splitAreaSentences} from '../../src/domain/parts/compare-words';
import {unitWords} from '../../src/domain/geography';
import {optionRows} from '../../src/domain/region-rows';
import {TOY_A, TOY_B, TOY_AREAS} from './toy-geography';
import {PART_NAMES, TOY_A_MID_THREE_EAST, TOY_PARTS} from './parts-fixtures';
import {geography, option, areas, options} from './real-data';
import {PARTS, PARTS_CONTEXT, TAMESIDE, TAMESIDE_PEOPLE} from './builder-part-fixtures';

const W = unitWords(geography);
const TOY = {list: TOY_PARTS, name: (code: string) => PART_NAMES[code]!};
const REAL = {list: PARTS, name: PARTS_CONTEXT.name};
const revised = option('revised');
const moved = {...revised, id: 'my-option-1', partAssignments: {[TAMESIDE]: 'midlands'}};

describe('comparing with part moves', () => {
  it('words Tameside and Glossop CCG moving to the Midlands, with the regions’ totals part by part', () => {
    const cmp = compareOptions(revised, moved, areas, undefined, REAL);
    expect(cmp.moves).toEqual([]);
    expect(
      cmp.partMoves.map((m) => [
        m.area.name,
        m.partCount,
        m.moves.map((x) => [x.name, x.from?.id, x.to?.id]),
      ]),
    ).toEqual([
      ['Greater Manchester', 10, [['Tameside and Glossop CCG', 'north-west', 'midlands']]],
    ]);
    const midlands = cmp.regions.find((r) => r.id === 'midlands')!;
    expect(midlands.b!.population - midlands.a!.population).toBe(TAMESIDE_PEOPLE);
    expect([midlands.partsGained, midlands.partsLost, midlands.gained]).toEqual([
      [TAMESIDE],
      [],
      [],
    ]);
    expect(summariseComparison(cmp, W)).toEqual([
      "1 of Greater Manchester's 10 CCGs moves: Tameside and Glossop CCG, from the North West to the Midlands.",
      'North West: −1 CCG, −258,613 people (−3.7%).',
      'Midlands: +1 CCG, +258,613 people (+2.5%).',
    ]);
  });

  it('reads an area whose every part moves the same way as a whole-area move, as before', () => {
    const gm = areas.find((s) => s.name === 'Greater Manchester')!;
    const allMoved = {
      ...revised,
      partAssignments: Object.fromEntries(
        PARTS.filter((p) => p.areaCode === gm.code).map((p) => [p.code, 'midlands']),
      ),
    };
    const wholeMove = {...revised, assignments: {...revised.assignments, [gm.code]: 'midlands'}};
    const byParts = compareOptions(revised, allMoved, areas, undefined, REAL);
    expect(byParts.partMoves).toEqual([]);
    expect(summariseComparison(byParts, W)).toEqual(
      summariseComparison(compareOptions(revised, wholeMove, areas), W),
    );
  });

  it('lists the part moves beside whole-area moves, and the region panel names the part', () => {
    const cmp = compareOptions(option('initial'), moved, areas, undefined, REAL);
    const text = summariseComparison(cmp, W);
    expect(text.slice(0, 2)).toEqual([
      '1 STP moves: Northamptonshire (730,650 people) from Central and East of England to Midlands.',
      "1 of Greater Manchester's 10 CCGs moves: Tameside and Glossop CCG, from the North West to the Midlands.",
    ]);
    expect(text).toContain('Midlands: +1 STP, +3 CCGs, +989,263 people (+10.1%).');
    expect(regionVersusSentences(cmp, 'midlands', W)).toEqual([
      'Gains Northamptonshire (from Central and East of England) and Tameside and Glossop CCG (from North West): +1 STP, +3 CCGs, +989,263 people (+10.1%).',
    ]);
  });

  it('words a part move back, and part moves between two options that both move parts', () => {
    expect(summariseComparison(compareOptions(moved, revised, areas, undefined, REAL), W)[0]).toBe(
      "1 of Greater Manchester's 10 CCGs moves: Tameside and Glossop CCG, from the Midlands to the North West.",
    );
    const toy = compareOptions(TOY_A_MID_THREE_EAST, TOY_B, TOY_AREAS, undefined, TOY);
    expect(summariseComparison(toy, W)[0]).toBe(
      "2 of Midshire's 3 CCGs move: Mid One CCG and Mid Two CCG, from the West to the Central and East.",
    );
  });

  it('compares options that move no part exactly as without the parts', () => {
    for (const a of options) {
      for (const b of options) {
        if (a === b) continue;
        expect(compareOptions(a, b, areas, undefined, REAL)).toEqual(compareOptions(a, b, areas));
      }
    }
    expect(compareOptions(TOY_A, TOY_B, TOY_AREAS, undefined, TOY)).toEqual(
      compareOptions(TOY_A, TOY_B, TOY_AREAS),
    );
  });

  it('takes the given rows, so its figures are the rows the other views show', () => {
    const rows = {a: optionRows(revised, areas, null), b: optionRows(moved, areas, null, PARTS)};
    const cmp = compareOptions(revised, moved, areas, rows, REAL);
    expect(cmp.regions.find((r) => r.id === 'midlands')!.b).toBe(
      rows.b.rows.find((r) => r.region.id === 'midlands'),
    );
  });
});

describe("an option's split areas in words", () => {
  it('says where the parts of a split area are', () => {
    expect(splitAreaSentences(moved, areas, REAL, W)).toEqual([
      'Tameside and Glossop CCG is in the Midlands; the other 9 CCGs of Greater Manchester are in the North West.',
    ]);
  });

  it('says nothing for an option that moves no part, without the parts, or without a part noun', () => {
    expect(splitAreaSentences(revised, areas, REAL, W)).toEqual([]);
    expect(splitAreaSentences(moved, areas, null, W)).toEqual([]);
    expect(splitAreaSentences(moved, areas, REAL, {...W, part: null})).toEqual([]);
  });
});

describe('a part moved into no group', () => {
  // A part B leaves out: "no" and the comparison's group noun ("no region" on 2018, "no ICB").
  const cmp = {
    a: revised,
    b: moved,
    partMoves: [
      {
        area: {code: 'E54000007', name: 'Greater Manchester'},
        partCount: 10,
        moves: [
          {part: {code: TAMESIDE}, name: 'Tameside', from: {id: 'north-west'}, to: undefined},
        ],
      },
    ],
  } as never;

  it('says "no region" on 2018 and "no ICB" where the options call their groups ICBs', () => {
    expect(partMoveSentences(cmp, W)[0]).toMatch(/from the North West to no region\.$/);
    expect(partMoveSentences(cmp, {...W, group: {one: 'ICB', many: 'ICBs'}})[0]).toMatch(
      /to no ICB\.$/,
    );
  });
});
