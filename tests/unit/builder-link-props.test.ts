// Property tests of the user-option link (issue 11): any option over the 42 real STP codes
// comes back from its link as it was, and any option within the limits keeps the whole query
// string under LINK_LIMIT. FUZZ_SEED=<n> tries another seed.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {
  LINK_LIMIT,
  linkSizeBound,
  OTHER_PARAMS_ROOM,
  PART_MOVES_IN_BOUND,
  queryLength,
  readUserOption,
  USER_OPTION_LINK_BUDGET,
  userOptionParams,
} from '../../src/domain/builder/option-link';
import {LIMITS, nameProblem, sameName} from '../../src/domain/builder/limits';
import {makeUserOption} from '../../src/domain/builder/user-option';
import {applyEdit} from '../../src/domain/builder/edit';
import {encodeChoices, type LinkChoices} from '../../src/state/url';
import type {BoundaryOption, OptionEdit, Region} from '../../src/domain/types';
import {builtIns, unitCodes} from './builder-fixtures';
import {PARTS, PARTS_CONTEXT} from './builder-part-fixtures';
import {movePart} from '../../src/domain/builder/units';

const SEED = Number(process.env.FUZZ_SEED ?? 20240501);
const DATE = '2024-05-01';

// Names: any Unicode, with the link's separators and URL specials mixed in; kept to those
// the builder accepts (no hidden characters, trimmed, within the limit).
const SPECIAL = [
  '*',
  '_',
  '.',
  '**',
  '*_',
  '&',
  '=',
  '+',
  '%',
  '#',
  '?',
  ' ',
  'é',
  '漢',
  '😀',
  '\u200d',
  'ק',
];
const piece = fc.oneof(
  fc.constantFrom(...SPECIAL),
  fc.string({unit: 'grapheme', maxLength: 6}),
  fc.string({unit: 'binary', maxLength: 4}),
);
const text = (max: number) =>
  fc
    .array(piece, {minLength: 1, maxLength: 12})
    .map((parts) => [...parts.join('').trim()].slice(0, max).join('').trim())
    .filter((s) => nameProblem(s, 'x', max) === null);
const regionId = fc.oneof(
  fc.integer({min: 1, max: 40}).map((n) => `new-${n}`),
  fc
    .stringMatching(/^[a-z][a-z0-9-]{0,29}$/)
    .filter((s) => s !== 'constructor' && s !== 'prototype'),
);
const colour = fc
  .integer({min: 0, max: 0xffffff})
  .map((n) => `#${n.toString(16).padStart(6, '0')}`);

/** A user option in the builder's canonical order: kept base regions (in base order, each
 * maybe renamed or recoloured), then new ones; every STP in any of them; any title. */
const userOption: fc.Arbitrary<{option: BoundaryOption; base: BoundaryOption}> = fc
  .record({
    base: fc.constantFrom(...builtIns),
    keep: fc.array(fc.boolean(), {minLength: 7, maxLength: 7}),
    changes: fc.array(
      fc.record({name: fc.option(text(LIMITS.regionNameChars)), colour: fc.option(colour)}),
      {minLength: 7, maxLength: 7},
    ),
    added: fc.uniqueArray(fc.record({id: regionId, name: text(LIMITS.regionNameChars), colour}), {
      maxLength: LIMITS.regions,
      selector: (r) => r.id,
    }),
    title: text(LIMITS.titleChars),
    picks: fc.array(fc.nat(), {minLength: unitCodes.length, maxLength: unitCodes.length}),
  })
  .map(({base, keep, changes, added, title, picks}) => {
    const regions: Region[] = [];
    const add = (r: Region) => {
      if (
        regions.length < LIMITS.regions &&
        !regions.some((x) => x.id === r.id || sameName(x.name, r.name))
      )
        regions.push(r);
    };
    base.regions.forEach((r, i) => {
      if (keep[i])
        add({...r, name: changes[i]!.name ?? r.name, colour: changes[i]!.colour ?? r.colour});
    });
    for (const r of added) if (!base.regions.some((b) => b.id === r.id)) add({...r, code: null});
    if (!regions.length) add({...base.regions[0]!});
    const option = makeUserOption({id: 'mine-12', title, basedOn: base, date: DATE});
    const assignments = Object.fromEntries(
      unitCodes.map((c, i) => [c, regions[picks[i]! % regions.length]!.id]),
    );
    return {base, option: {...option, regions, assignments}};
  });

const MAX_OTHER: LinkChoices = {
  optionId: 'mine-12',
  compareId: 'initial',
  selectedArea: null,
  selectedRegion: 'a'.repeat(LIMITS.regionIdChars),
  layers: {parts: true},
  flows: {
    visible: false,
    minVolume: 9_999_999,
    topN: 499,
    crossRegionOnly: true,
    direction: 'both',
  },
  viewport: {center: [-1.12345, 52.12345], zoom: 15.25},
};
/** The longest the rest of the view's parameters can be, with option=mine-12. */
const otherParams = `${encodeChoices(MAX_OTHER)}&renderer=webgl`;

describe('user option links', () => {
  it('round trip: any option over the 42 real STPs comes back as it was (3,000 options)', () => {
    expect(unitCodes).toHaveLength(42);
    fc.assert(
      fc.property(
        userOption,
        fc.constantFrom('' as const, 'compare-' as const),
        ({option, base}, prefix) => {
          const params = new URLSearchParams({
            [prefix ? 'compare' : 'option']: option.id,
            ...userOptionParams(option, base, prefix),
          });
          const back = readUserOption(
            new URLSearchParams(params.toString()),
            prefix,
            builtIns,
            unitCodes,
            DATE,
          );
          expect(back.messages).toEqual([]);
          expect(back.option).toEqual(option);
        },
      ),
      {seed: SEED, numRuns: 3000},
    );
  });

  it('the bound the builder checks is never less than the real length', () => {
    fc.assert(
      fc.property(userOption, ({option, base}) => {
        expect(queryLength(userOptionParams(option, base, 'compare-'))).toBeLessThanOrEqual(
          linkSizeBound(option),
        );
      }),
      {seed: SEED, numRuns: 2000},
    );
  });

  it(`the rest of the view's parameters fit in the room left for them (${OTHER_PARAMS_ROOM})`, () => {
    expect(otherParams.length).toBeLessThanOrEqual(OTHER_PARAMS_ROOM);
    for (const b of builtIns)
      expect(queryLength({drop: b.regions.map((r) => r.id).join('.')})).toBeLessThanOrEqual(100);
  });

  it(`any option within the limits keeps the whole query string under ${LINK_LIMIT} characters`, () => {
    let worst = 0;
    fc.assert(
      fc.property(userOption, ({option, base}) => {
        fc.pre(linkSizeBound(option) <= USER_OPTION_LINK_BUDGET);
        const full = `${otherParams}&${new URLSearchParams(userOptionParams(option, base)).toString()}`;
        worst = Math.max(worst, full.length);
        expect(full.length).toBeLessThan(LINK_LIMIT);
      }),
      {seed: SEED, numRuns: 2000},
    );
    console.log(`longest random link within the limits: ${worst} characters`);
  });
});

/** A user option as above with up to PART_MOVES_IN_BOUND real CCGs moved on their own, each
 * to a region of the option (the move dropped where that is its STP's region already). */
const withPartMoves: fc.Arbitrary<{option: BoundaryOption; base: BoundaryOption}> = fc
  .record({
    o: userOption,
    moves: fc.array(fc.record({part: fc.constantFrom(...PARTS), pick: fc.nat()}), {
      maxLength: PART_MOVES_IN_BOUND,
    }),
  })
  .map(({o: {option, base}, moves}) => ({
    base,
    option: moves.reduce(
      (o, m) => movePart(o, m.part, o.regions[m.pick % o.regions.length]!.id),
      option,
    ),
  }));

describe('user option links with CCGs moved on their own (issue 19)', () => {
  const readBack = (params: URLSearchParams, prefix: '' | 'compare-') =>
    readUserOption(
      new URLSearchParams(params.toString()),
      prefix,
      builtIns,
      unitCodes,
      DATE,
      PARTS_CONTEXT,
    );

  it('round trip: any option moving up to 20 CCGs comes back as it was (2,000 options)', () => {
    fc.assert(
      fc.property(
        withPartMoves,
        fc.constantFrom('' as const, 'compare-' as const),
        ({option, base}, prefix) => {
          const params = new URLSearchParams({
            [prefix ? 'compare' : 'option']: option.id,
            ...userOptionParams(option, base, prefix),
          });
          const back = readBack(params, prefix);
          expect(back.messages).toEqual([]);
          expect(back.option).toEqual(option);
        },
      ),
      {seed: SEED, numRuns: 2000},
    );
  });

  it('the bound is never less than the real length, and up to 20 CCG moves never raise it', () => {
    fc.assert(
      fc.property(withPartMoves, ({option, base}) => {
        expect(queryLength(userOptionParams(option, base, 'compare-'))).toBeLessThanOrEqual(
          linkSizeBound(option),
        );
        expect(linkSizeBound(option)).toBeLessThanOrEqual(
          linkSizeBound({...option, partAssignments: undefined}),
        );
      }),
      {seed: SEED, numRuns: 2000},
    );
  });

  it(`any option within the limits moving up to 20 CCGs keeps the whole query string under ${LINK_LIMIT} characters`, () => {
    fc.assert(
      fc.property(withPartMoves, ({option, base}) => {
        fc.pre(linkSizeBound({...option, partAssignments: undefined}) <= USER_OPTION_LINK_BUDGET);
        const full = `${otherParams}&${new URLSearchParams(userOptionParams(option, base)).toString()}`;
        expect(full.length).toBeLessThan(LINK_LIMIT);
      }),
      {seed: SEED, numRuns: 2000},
    );
  });
});

describe('the longest link the builder lets a user make', () => {
  it('20 regions, every STP moved, 20 CCGs moved, every name and the title grown until the builder refuses', () => {
    const base = builtIns.find((o) => o.id === 'revised')!;
    let o = makeUserOption({id: 'mine-12', title: 'T', basedOn: base, date: DATE});
    const tryEdit = (edit: OptionEdit) => {
      const r = applyEdit(o, edit);
      if (r.option) o = r.option;
      return r.option !== undefined;
    };
    for (let n = 1; o.regions.length < LIMITS.regions; n++)
      tryEdit({
        kind: 'add-region',
        region: {id: `new-${n + 10}`, code: null, name: `${n}`, colour: '#000000'},
      });
    // Every STP into a region it is not in under the base; every region gets some.
    unitCodes.forEach((unit, i) => {
      const to = o.regions[(i + 3) % o.regions.length]!.id;
      if (base.assignments[unit] !== to) tryEdit({kind: 'move', unit, to});
      else tryEdit({kind: 'move', unit, to: o.regions[(i + 4) % o.regions.length]!.id});
    });
    // PART_MOVES_IN_BOUND single CCGs, each into a region of its own (the costliest layout).
    let parts = 0;
    for (const [i, p] of PARTS.entries()) {
      if (parts === PART_MOVES_IN_BOUND) break;
      const to = o.regions[parts]!.id;
      if (o.assignments[p.areaCode] === to || i % 3) continue;
      const r = applyEdit(o, {kind: 'move-part', part: p.code, to}, undefined, PARTS_CONTEXT);
      expect(r.error).toBeUndefined();
      o = r.option!;
      parts++;
    }
    expect(Object.keys(o.partAssignments!)).toHaveLength(PART_MOVES_IN_BOUND);
    // Grow each name by the costliest character in a link ("😀" is 12) until refused.
    let grew = true;
    while (grew) {
      grew = false;
      for (const r of o.regions)
        grew = tryEdit({kind: 'rename-region', id: r.id, name: `${r.name}😀`}) || grew;
      grew = tryEdit({kind: 'rename-option', title: `${o.title}😀`}) || grew;
    }
    const full = `${otherParams}&${new URLSearchParams(userOptionParams(o, base)).toString()}`;
    console.log(
      `worst case built: ${full.length} characters (other parameters ${otherParams.length}, bound ${linkSizeBound(o)})`,
    );
    expect(Object.keys(o.assignments).every((c) => o.assignments[c] !== base.assignments[c])).toBe(
      true,
    );
    expect(full.length).toBeLessThan(LINK_LIMIT);
    expect(full.length).toBeGreaterThan(LINK_LIMIT - 300);
  });
});
