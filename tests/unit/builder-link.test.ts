import {describe, expect, it} from 'vitest';
import {
  readUserOption,
  USER_OPTION_PARAMS,
  userOptionParams,
} from '../../src/domain/builder/option-link';
import type {BoundaryOption} from '../../src/domain/types';
import {
  BIRMINGHAM,
  builtIn,
  builtIns,
  edited,
  LINCOLNSHIRE,
  mine,
  unitCodes,
} from './builder-fixtures';

const DATE = '2024-05-01';
const revised = builtIn('revised');
const link = (o: BoundaryOption, prefix: '' | 'compare-' = '') =>
  new URLSearchParams({
    [prefix ? 'compare' : 'option']: o.id,
    ...userOptionParams(o, revised, prefix),
  }).toString();
/** The 2018 geography's words for its areas, as the app passes them from the manifest. */
const STP_WORDS = {one: 'STP', many: 'STPs'};
const read = (query: string, prefix: '' | 'compare-' = '') =>
  readUserOption(
    new URLSearchParams(query),
    prefix,
    builtIns,
    unitCodes,
    DATE,
    undefined,
    STP_WORDS,
  );

const lincsEast = edited(mine(), {kind: 'move', unit: LINCOLNSHIRE, to: 'east'});

describe('writing', () => {
  it('revised with Lincolnshire moved to the East of England', () => {
    expect(link(lincsEast)).toBe(
      'option=mine-1&base=revised&title=My+option+1&move=east.E54000013',
    );
  });

  it('groups moves by region, lists new and changed regions, drops removed ones', () => {
    const o = edited(
      mine(),
      {kind: 'move', unit: LINCOLNSHIRE, to: 'east'},
      {kind: 'move', unit: 'E54000040', to: 'east'},
      {
        kind: 'add-region',
        region: {id: 'new-1', code: null, name: 'Fens_*. & é', colour: '#aa3377'},
      },
      {kind: 'move', unit: BIRMINGHAM, to: 'new-1'},
      {kind: 'rename-region', id: 'midlands', name: 'Central Midlands'},
      {kind: 'recolour-region', id: 'london', colour: '#123456'},
    );
    const london = Object.keys(o.assignments).filter((c) => o.assignments[c] === 'london');
    const dropped = edited(
      o,
      ...london.map((unit) => ({kind: 'move' as const, unit, to: 'south-east'})),
      {kind: 'remove-region', id: 'london'},
    );
    expect(link(dropped)).toBe(
      'option=mine-1&base=revised&title=My+option+1' +
        '&move=east.E54000013.E54000040_south-east.E54000027.E54000028.E54000029.E54000030.E54000031_new-1.E54000017' +
        '&regions=midlands..Central+Midlands_new-1.aa3377.Fens*_**.+%26+%C3%A9&drop=london',
    );
    expect(read(link(dropped))).toEqual({option: {...dropped, date: DATE}, messages: []});
  });

  it('lists every parameter name, for both prefixes', () => {
    expect(USER_OPTION_PARAMS).toEqual([
      'base',
      'title',
      'move',
      'pmove',
      'regions',
      'drop',
      'compare-base',
      'compare-title',
      'compare-move',
      'compare-pmove',
      'compare-regions',
      'compare-drop',
    ]);
  });
});

describe('reading', () => {
  it('reads its own link back, for either prefix', () => {
    expect(read(link(lincsEast))).toEqual({option: lincsEast, messages: []});
    expect(read(link(lincsEast, 'compare-'), 'compare-')).toEqual({
      option: lincsEast,
      messages: [],
    });
    expect(read(link(lincsEast), 'compare-')).toEqual({option: null, messages: []});
  });

  it('reads codes, ids and colours in any case', () => {
    const {option, messages} = read(
      'option=MINE-1&base=REVISED&title=X&move=EAST.e54000013&regions=new-1.AA3377.Fens',
    );
    expect(messages).toEqual([]);
    expect(option?.id).toBe('mine-1');
    expect(option?.assignments[LINCOLNSHIRE]).toBe('east');
    expect(option?.regions.at(-1)).toEqual({
      id: 'new-1',
      code: null,
      name: 'Fens',
      colour: '#aa3377',
    });
  });

  it('is null when there is no user option, and says why when one cannot be rebuilt', () => {
    expect(read('option=revised')).toEqual({option: null, messages: []});
    expect(read('option=mine-1&move=east.E54000013').messages).toEqual([
      'The link changes an option (move) but does not say which option it starts from — ignored',
    ]);
    expect(read('option=mine-1&base=final&move=east.E54000013')).toEqual({
      option: null,
      messages: [
        "Unknown option 'final' as the starting point of the link's own option — it cannot be shown",
      ],
    });
    expect(read('option=revised&base=revised&move=east.E54000013').messages).toEqual([
      'The link shows Revised proposal, a published option, so its changes to an option are ignored',
    ]);
    const many = Array.from({length: 14}, (_, i) => `new-${i + 1}.aa3377.R${i + 1}`).join('_');
    expect(read(`option=mine-1&base=revised&title=X&regions=${many}`).messages).toEqual([
      "The link's option has 21 regions; the most is 20 — it cannot be shown",
    ]);
  });

  it('loads the rest of the option when parts are bad, naming each bad part', () => {
    const {option, messages} = read(
      'option=mine-1&base=revised&title=X' +
        '&move=east.E54000013.E54000999.E54000013_nowhere.E54000017' +
        '&regions=new-1.zzz.Fens_new-1.aa3377.Again_oops_Bad+Id.aa3377.X_midlands.banana.' +
        '&drop=atlantis.london',
    );
    expect(messages).toEqual([
      "Unknown region 'atlantis' to remove — ignored",
      "Colour 'zzz' of region Fens is not a colour like 1d70b8 — showing it grey",
      'Region new-1 is listed twice — using the first',
      "Region 'oops' is not written as id.colour.name — ignored",
      "Region 'Bad Id.aa3377.X' is not written as id.colour.name — ignored",
      "Colour 'banana' of region Midlands is not a colour like 1d70b8 — keeping its colour",
      "…and 4 more problems with the link's option",
    ]);
    expect(option?.assignments[LINCOLNSHIRE]).toBe('east');
    expect(option?.assignments[BIRMINGHAM]).toBe('midlands');
    expect(option?.regions.find((r) => r.id === 'new-1')).toEqual({
      id: 'new-1',
      code: null,
      name: 'Fens',
      colour: '#767676',
    });
    expect(option?.regions.find((r) => r.id === 'midlands')?.colour).toBe('#ee8866');
    // London still has its STPs, so it stays.
    expect(option?.regions.some((r) => r.id === 'london')).toBe(true);
  });

  it('says which moves and removals it could not use', () => {
    const {messages} = read(
      'option=mine-1&base=revised&title=X&move=east.E54000013.E54000999.e54000013_nowhere.E54000017&drop=london',
    );
    expect(messages).toEqual([
      "Unknown STP code 'E54000999' in the moves — ignored",
      'E54000013 is moved twice — using the first',
      "Unknown region 'nowhere' to move E54000017 to — left as in Revised proposal",
      'Region London cannot be removed: E54000027, E54000028, E54000029 and 2 more still belong to it — kept',
    ]);
  });

  it('cleans titles and names from a hand-made link, and says so', () => {
    const {option, messages} = read(
      `option=mine-1&base=revised&title=${encodeURIComponent('\u202eevil\u0000')}&regions=new-1.aa3377.${'n'.repeat(60)}_new-2.aa3377.London`,
    );
    expect(option?.title).toBe('evil');
    expect(option?.regions.at(-2)?.name).toBe('n'.repeat(50));
    expect(option?.regions.at(-1)?.name).toBe('London (2)');
    expect(messages).toEqual([
      `Region name '${'n'.repeat(39)}…' was longer than 50 characters — shortened`,
      "Two regions are called 'London' — the second is now “London (2)”",
      "The option's title 'evil' had 2 hidden control characters — removed",
    ]);
  });

  it('fills in a missing title and id', () => {
    const {option, messages} = read('base=revised');
    expect(option).toMatchObject({
      id: 'mine-1',
      title: 'Untitled option',
      assignments: revised.assignments,
    });
    expect(messages).toEqual(["The option's title is missing — using “Untitled option”"]);
  });
});
