// What checkUserOption (a user option from a file or the browser's storage) gives the user in
// the cases the file tests do not reach: refusals in words (a shape that is not an object, a
// title that is no name, too many regions, nothing to build on), the order and words it keeps
// from its start, and the notes it adds only when there is something to say.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {checkUserOption, type CheckContext} from '../../src/data/user-option-check';
import {makeUserOption} from '../../src/domain/builder/user-option';
import {linkSizeBound, USER_OPTION_LINK_BUDGET} from '../../src/domain/builder/option-link';
import type {BoundaryOption} from '../../src/domain/types';
import {builtIn, builtIns, mine, unitCodes, unitName} from './builder-fixtures';
import {parts} from './real-data';

const ctx: CheckContext = {builtIns, unitCodes, existingIds: [], unitName};
/** `mine()` as plain JSON (what a file or storage holds), changed by `change`. */
const raw = (change: (o: Record<string, unknown>) => void = () => {}, start = mine()) => {
  const o = JSON.parse(JSON.stringify(start));
  change(o);
  return o;
};
const NEW = {id: 'new-1', code: null, name: 'Nene Valley', colour: '#7a2d8f'};
const refusal = (o: unknown, c: CheckContext = ctx) => {
  const r = checkUserOption(o, c);
  return r.ok ? `accepted: ${r.messages.join(' / ')}` : r.message;
};
const accepted = (o: unknown, c: CheckContext = ctx) => {
  const r = checkUserOption(o, c);
  if (!r.ok) throw new Error(`refused: ${r.message}`);
  return r;
};

describe('a user option that cannot be read', () => {
  it('is refused in words when it is not an object at all', () => {
    expect(refusal('an option')).toBe(
      'The option is not in the form Footprint saves: the option: Invalid input: expected object, received string',
    );
  });

  it('is refused when its areas or part moves are a list or nothing, not a table', () => {
    for (const value of [[], null, 'east']) {
      expect(refusal(raw((o) => (o.assignments = value)))).toBe(
        'The option is not in the form Footprint saves: assignments: should be an object of area code → region id',
      );
      expect(refusal(raw((o) => (o.partAssignments = value)))).toBe(
        'The option is not in the form Footprint saves: partAssignments: should be an object of part code → region id',
      );
    }
  });

  it('names a problem inside a region by its full path', () => {
    const colour = raw((o) => ((o.regions as {colour: unknown}[])[0]!.colour = 5));
    expect(refusal(colour)).toBe(
      'The option is not in the form Footprint saves: regions.0.colour: Invalid input: expected string, received number',
    );
  });

  it('is refused when its title is empty', () => {
    expect(refusal(raw((o) => (o.title = ' \u0007 ')))).toBe(
      "The option’s title '' cannot be empty",
    );
  });

  it('is refused when the map has no published option to build on', () => {
    expect(refusal(raw(), {...ctx, builtIns: []})).toBe(
      'Footprint has no published option to build on',
    );
  });

  it('is refused with more regions than the geography allows (20 on England 2018), not with 20', () => {
    const regions = (n: number) => (o: Record<string, unknown>) => {
      const own = o.regions as unknown[];
      for (let i = own.length + 1; i <= n; i++)
        own.push({...NEW, id: `new-${i}`, name: `Region ${i}`});
    };
    expect(refusal(raw(regions(21)))).toBe('The option has 21 regions; the most is 20');
    expect(accepted(raw(regions(20))).option.regions).toHaveLength(20);
  });

  it('holds a new region to 50 characters, even when a published region has its id', () => {
    const long = 'N'.repeat(51);
    const renamed = raw((o) => ((o.regions as {name: string}[])[0]!.name = long));
    expect(refusal(renamed)).toMatch(/^Region name 'N+…' is 51 characters long; the most is 50$/);
  });
});

describe('a published name', () => {
  it('is allowed its length only under its own id (England 2026: a 51-character ICB name)', () => {
    const icbs = JSON.parse(readFileSync('data/england-2026/options.json', 'utf8'))
      .options as BoundaryOption[];
    const start = makeUserOption({
      id: 'mine-1',
      title: 'My option 1',
      basedOn: icbs[0]!,
      date: '2026-12-07',
    });
    const long = start.regions.find((r) => [...r.name].length > 50)!;
    const c = {builtIns: icbs, unitCodes: Object.keys(start.assignments), existingIds: []};
    expect(
      checkUserOption(
        raw(() => {}, start),
        c,
      ).ok,
    ).toBe(true);
    const copied = raw((o) => (o.regions as unknown[]).push({...NEW, name: long.name}), start);
    expect(refusal(copied, c)).toMatch(/^Region name '.+' is 51 characters long; the most is 50$/);
  });
});

describe('a user option read back', () => {
  it('lists its published regions in the published order, and new ones after', () => {
    const base = builtIn('revised');
    const shuffled = raw((o) => (o.regions = [NEW, ...[...base.regions].reverse()]));
    const ids = accepted(shuffled).option.regions.map((r) => r.id);
    expect(ids).toEqual([...base.regions.map((r) => r.id), 'new-1']);
  });

  it('keeps the name of a good start, and names the published one when the start is not good', () => {
    const userBuilt = (basedOn: string) => raw((o) => (o.userBuilt = {basedOn, baseId: 'revised'}));
    expect(accepted(userBuilt('mine-7')).option.userBuilt).toEqual({
      basedOn: 'mine-7',
      baseId: 'revised',
    });
    expect(accepted(userBuilt('Mine 7!')).option.userBuilt).toEqual({
      basedOn: 'revised',
      baseId: 'revised',
    });
    const noStart = accepted(raw((o) => delete o.userBuilt));
    expect(noStart.option.userBuilt).toEqual({basedOn: 'revised', baseId: 'revised'});
  });

  it('says nothing when it carries no source, no description, no phrase and no reasons', () => {
    const bare = raw((o) => {
      delete o.source;
      delete o.description;
    });
    const r = accepted(bare);
    expect(r.messages).toEqual([]);
    expect(r.option.description).toBe(
      'Built in Footprint from the revised proposal. Not an official proposal.',
    );
  });

  it('says that a phrase, or reasons, alone are left out', () => {
    const said = ['My option 1: the phrase and reasons of a published option are left out'];
    expect(accepted(raw((o) => (o.phrase = 'One NHS'))).messages).toEqual(said);
    expect(accepted(raw((o) => (o.reasons = ['why']))).messages).toEqual(said);
  });

  it('keeps a description of exactly 300 characters', () => {
    const text = 'd'.repeat(300);
    const r = accepted(raw((o) => (o.description = text)));
    expect(r.option.description).toBe(text);
    expect(r.messages).toEqual([]);
  });

  it('calls its groups what its start calls them (ICBs on England 2026)', () => {
    const icbs = JSON.parse(readFileSync('data/england-2026/options.json', 'utf8'))
      .options as BoundaryOption[];
    const start = makeUserOption({
      id: 'mine-1',
      title: 'My option 1',
      basedOn: icbs[0]!,
      date: '2026-12-07',
    });
    const codes = Object.keys(start.assignments);
    const withoutNoun = raw((o) => delete o.groupNoun, start);
    const r = accepted(withoutNoun, {builtIns: icbs, unitCodes: codes, existingIds: []});
    expect(r.option.groupNoun).toEqual({one: 'ICB', many: 'ICBs'});
  });
});

describe('a user option too long in all for a share link', () => {
  const TOO_LONG =
    'My option 1: its names are too long in all to fit in a share link — shorten some to share it';
  /** `mine()` with two new regions of 50 emoji (12 characters each in a link) and one of `n`. */
  const named = (n: number) =>
    raw((o) =>
      (o.regions as unknown[]).push(
        {...NEW, id: 'new-1', name: `A${'😀'.repeat(49)}`},
        {...NEW, id: 'new-2', name: `B${'😀'.repeat(49)}`},
        {...NEW, id: 'new-3', name: `C${'😀'.repeat(n)}`},
      ),
    );

  it('is read, with a note to shorten names', () => {
    const wide = raw((o) => {
      for (let i = 1; i <= 4; i++)
        (o.regions as unknown[]).push({...NEW, id: `new-${i}`, name: `${i}${'😀'.repeat(49)}`});
    });
    expect(accepted(wide).messages).toEqual([TOO_LONG]);
    expect(accepted(raw((o) => (o.regions as unknown[]).push(NEW))).messages).toEqual([]);
  });

  it('keeps room for part moves only on a map with parts', () => {
    // The most emoji a name can have before the link, with room for 20 part moves, is too long.
    const base = builtIn('revised');
    const n = [...Array(50).keys()].find((k) => {
      const o = accepted(named(k)).option;
      return linkSizeBound(o, base, true) > USER_OPTION_LINK_BUDGET;
    });
    expect(n).toBeDefined();
    const o = named(n!);
    const partsCheck = {list: parts, noun: {one: 'CCG', many: 'CCGs'}};
    expect(accepted(o, {...ctx, parts: partsCheck}).messages).toEqual([TOO_LONG]);
    expect(accepted(o).messages).toEqual([]);
  });
});
