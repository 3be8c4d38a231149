// Issue 20's group edits on the built England 2026 data: merge groups, move a whole official
// ICB (all its units, one step), split a group; their refusals in words; the region limit
// taken from the geography's options (42 ICBs); and a merged option's share link, which must
// come back the same and stay well under 2,000 characters.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {applyEdit} from '../../src/domain/builder/edit';
import {describeEdit} from '../../src/domain/builder/edit-names';
import {makeUserOption} from '../../src/domain/builder/user-option';
import {queryLength, readUserOption, userOptionParams} from '../../src/domain/builder/option-link';
import {checkUserOption} from '../../src/data/user-option-check';
import {optionFileText, readOptionFile} from '../../src/data/option-file';
import {regionMembers} from '../../src/domain/options';
import {officialGroups} from '../../src/domain/builder/official-groups';
import {previewChange} from '../../src/domain/builder/preview';
import type {Area, AreaWithin, BoundaryOption, OptionEdit} from '../../src/domain/types';

const json = (file: string) => JSON.parse(readFileSync(`data/england-2026/${file}`, 'utf8'));
type Unit = Area & {within: AreaWithin[]};
const units: Unit[] = json('areas.topo.json').objects.areas.geometries.map(
  (g: {properties: Unit}) => g.properties,
);
const builtIns: BoundaryOption[] = json('options.json').options;
const codes = units.map((u) => u.code);
const unitName = (code: string) => units.find((u) => u.code === code)?.name ?? code;
const ctx = {builtIns, areaNoun: {one: 'local area', many: 'local areas'}, noParts: true};
/** The id of the first 2025 cluster no statement confirms. */
const o0Unconfirmed = () =>
  builtIns.find((o) => o.id === 'clusters-2025')!.regions.find((r) => r.uncertain)!.id;
const start = (baseId: string) =>
  makeUserOption({
    id: 'mine-1',
    title: 'My option 1',
    basedOn: builtIns.find((o) => o.id === baseId)!,
    date: '2026-12-07',
  });

function apply(option: BoundaryOption, edit: OptionEdit): BoundaryOption {
  const r = applyEdit(option, edit, unitName, undefined, ctx);
  if (r.error !== undefined) throw new Error(r.error);
  return r.option;
}
const refusal = (option: BoundaryOption, edit: OptionEdit) =>
  applyEdit(option, edit, unitName, undefined, ctx).error;

/** The units an official ICB of `vintage` is made of, from the units' own `within`. */
const icbUnits = (name: string, vintage: string) =>
  units
    .filter((u) =>
      u.within.some((w) => w.level === 'ICB' && w.vintage === vintage && w.name === name),
    )
    .map((u) => u.code);

const MERGE: OptionEdit = {
  kind: 'merge-groups',
  ids: ['lincolnshire', 'derby-and-derbyshire', 'nottingham-and-nottinghamshire'],
  name: 'East Midlands ICB',
};

describe('starting from a published option of many groups', () => {
  it('keeps the 42 ICBs and their noun, and may gain groups up to half as many again (63)', () => {
    let o = start('icbs-2023');
    expect(o.regions).toHaveLength(42);
    expect(o.groupNoun).toEqual({one: 'ICB', many: 'ICBs'});
    for (let n = 1; o.regions.length < 63; n++)
      o = apply(o, {
        kind: 'add-region',
        region: {id: `new-${n}`, code: null, name: `G${n}`, colour: '#aa3377'},
      });
    expect(
      refusal(o, {
        kind: 'add-region',
        region: {id: 'new-99', code: null, name: 'Wolds', colour: '#aa3377'},
      }),
    ).toBe('An option can have at most 63 ICBs');
  });

  it('reads back from a saved file though its ids and published names are longer than a new one may be', () => {
    const o = start('clusters-2025');
    const back = checkUserOption(JSON.parse(JSON.stringify(o)), {
      builtIns,
      unitCodes: codes,
      existingIds: [],
    });
    expect(back.ok && back.option.regions).toEqual(o.regions);
  });

  it('keeps the unconfirmed clusters marked when an option file based on the 2025 clusters is imported, as a link does', () => {
    const o = apply(start('clusters-2025'), {
      kind: 'rename-region',
      id: o0Unconfirmed(),
      name: 'Renamed cluster',
    });
    expect(o.regions.filter((r) => r.uncertain).length).toBeGreaterThan(0);
    const text = optionFileText(o, 'england-2026');
    const on = {
      geography: {
        id: 'england-2026',
        title: 'England, April 2026: 36 ICBs',
        areas: {noun: ctx.areaNoun},
      },
    };
    const read = readOptionFile(text, text.length, builtIns, codes, [], unitName, on);
    expect(
      read.ok &&
        read.option.regions.filter((r) => r.uncertain).map((r) => [r.id, r.name, r.uncertain]),
    ).toEqual(o.regions.filter((r) => r.uncertain).map((r) => [r.id, r.name, r.uncertain]));
    const base = builtIns.find((b) => b.id === 'clusters-2025')!;
    const linked = readUserOption(
      new URLSearchParams({option: o.id, ...userOptionParams(o, base)}),
      '',
      builtIns,
      codes,
      o.date,
    );
    expect(linked.option!.regions.filter((r) => r.uncertain)).toEqual(
      o.regions.filter((r) => r.uncertain),
    );
  });
});

describe('merging groups', () => {
  const o = start('icbs-2023');
  it('makes one group of them, named, with all their units, in one step', () => {
    const merged = apply(o, MERGE);
    expect(merged.regions).toHaveLength(40);
    const kept = merged.regions.find((r) => r.id === 'lincolnshire')!;
    expect(kept.name).toBe('East Midlands ICB');
    expect(regionMembers(merged, 'lincolnshire').sort()).toEqual([
      'E38000008',
      'E38000238',
      'E38000243',
      'E38000261',
    ]);
    expect(describeEdit(o, MERGE)).toBe(
      'Merge: Lincolnshire + Derby and Derbyshire + Nottingham and Nottinghamshire → East Midlands ICB',
    );
  });

  it('refuses with a message: one group, a group twice, an unknown one, an empty or taken name', () => {
    expect(refusal(o, {kind: 'merge-groups', ids: ['lincolnshire'], name: 'X'})).toBe(
      'Choose at least two groups to merge',
    );
    expect(
      refusal(o, {kind: 'merge-groups', ids: ['lincolnshire', 'lincolnshire'], name: 'X'}),
    ).toBe('A group is chosen twice: choose each group once');
    expect(refusal(o, {kind: 'merge-groups', ids: ['lincolnshire', 'atlantis'], name: 'X'})).toBe(
      'There is no ICB “atlantis” in this option',
    );
    expect(
      refusal(o, {kind: 'merge-groups', ids: ['lincolnshire', 'derby-and-derbyshire'], name: '  '}),
    ).toBe('An ICB name cannot be empty');
    expect(
      refusal(o, {
        kind: 'merge-groups',
        ids: ['lincolnshire', 'derby-and-derbyshire'],
        name: 'Frimley',
      }),
    ).toBe('There is already an ICB called Frimley');
    // One of the merged groups' own names is fine.
    expect(
      apply(o, {
        kind: 'merge-groups',
        ids: ['lincolnshire', 'derby-and-derbyshire'],
        name: 'Derby and Derbyshire',
      }).regions,
    ).toHaveLength(41);
  });
});

describe('moving a whole official ICB', () => {
  it('moves every unit of the 2023 Frimley ICB at once, named in the step', () => {
    const o = start('icbs-2026');
    const frimley = icbUnits('NHS Frimley Integrated Care Board', 'April 2023');
    expect(frimley).toHaveLength(3);
    const edit: OptionEdit = {
      kind: 'move-units',
      units: frimley,
      to: 'surrey-and-sussex',
      name: 'Frimley ICB (April 2023)',
    };
    const moved = apply(o, edit);
    expect(frimley.every((c) => moved.assignments[c] === 'surrey-and-sussex')).toBe(true);
    expect(describeEdit(o, edit)).toBe(
      'Frimley ICB (April 2023): Hampshire and Isle of Wight + Thames Valley → Surrey and Sussex',
    );
  });

  it('refuses with a message: no units, an unknown unit or group, all already there', () => {
    const o = start('icbs-2023');
    const frimley = icbUnits('NHS Frimley Integrated Care Board', 'April 2023');
    expect(refusal(o, {kind: 'move-units', units: [], to: 'frimley', name: 'Nothing'})).toBe(
      'Nothing has no local areas to move',
    );
    expect(refusal(o, {kind: 'move-units', units: ['E38999999'], to: 'frimley', name: 'X'})).toBe(
      'E38999999 is not part of this option',
    );
    expect(refusal(o, {kind: 'move-units', units: frimley, to: 'atlantis', name: 'X'})).toBe(
      'There is no ICB “atlantis” in this option',
    );
    expect(
      refusal(o, {
        kind: 'move-units',
        units: frimley,
        to: 'frimley',
        name: 'Frimley ICB (April 2023)',
      }),
    ).toBe('Frimley ICB (April 2023) is already in Frimley');
  });
});

describe('moving a single unit on 2026 wording', () => {
  it('moves Lincolnshire into Nottingham and Nottinghamshire', () => {
    const o = start('icbs-2026');
    const edit: OptionEdit = {
      kind: 'move',
      unit: 'E38000238',
      to: 'nottingham-and-nottinghamshire',
    };
    expect(apply(o, edit).assignments.E38000238).toBe('nottingham-and-nottinghamshire');
    expect(describeEdit(o, edit, unitName)).toBe(
      'Lincolnshire: Lincolnshire → Nottingham and Nottinghamshire',
    );
  });
});

describe('splitting a group', () => {
  const o = start('icbs-2023');
  const region = {id: 'new-1', code: null, name: 'Nottingham city', colour: '#aa3377'};
  it('puts the chosen units in a new group', () => {
    const split = apply(o, {
      kind: 'split-group',
      id: 'nottingham-and-nottinghamshire',
      units: ['E38000243'],
      region,
    });
    expect(split.regions.at(-1)).toEqual(region);
    expect(regionMembers(split, 'new-1')).toEqual(['E38000243']);
    expect(regionMembers(split, 'nottingham-and-nottinghamshire')).toEqual(['E38000008']);
  });
  it('refuses with a message: no units, a unit from elsewhere, every unit, a taken name', () => {
    const edit = (units: string[], name = region.name): OptionEdit => ({
      kind: 'split-group',
      id: 'nottingham-and-nottinghamshire',
      units,
      region: {...region, name},
    });
    expect(refusal(o, edit([]))).toBe(
      'Choose the local areas of Nottingham and Nottinghamshire that form the new group',
    );
    expect(refusal(o, edit(['E38000238']))).toBe(
      'Lincolnshire is not in Nottingham and Nottinghamshire',
    );
    expect(refusal(o, edit(['E38000243', 'E38000008']))).toBe(
      'That is all of Nottingham and Nottinghamshire: leave at least one local area in it, or rename it instead',
    );
    expect(refusal(o, edit(['E38000243'], 'Lincolnshire'))).toBe(
      'There is already an ICB called Lincolnshire',
    );
  });
});

describe('the share link of a merged option', () => {
  it('comes back the same, well under 2,000 characters, with a few more edits', () => {
    let o = apply(start('icbs-2023'), MERGE);
    o = apply(o, {
      kind: 'merge-groups',
      ids: ['surrey-heartlands', 'sussex'],
      name: 'Surrey and Sussex ICB',
    });
    o = apply(o, {
      kind: 'move-units',
      units: icbUnits('NHS Frimley Integrated Care Board', 'April 2023'),
      to: 'surrey-heartlands',
      name: 'Frimley ICB (April 2023)',
    });
    o = apply(o, {
      kind: 'split-group',
      id: 'lincolnshire',
      units: ['E38000243'],
      region: {id: 'new-1', code: null, name: 'Nottingham city', colour: '#aa3377'},
    });
    const base = builtIns.find((b) => b.id === 'icbs-2023')!;
    const params = {option: o.id, ...userOptionParams(o, base)};
    const length = queryLength(params);
    console.log(
      `link of a 42-ICB option with two merges, a Frimley move and a split: ${length} characters`,
    );
    expect(length).toBeLessThan(600);
    const back = readUserOption(new URLSearchParams(params), '', builtIns, codes, o.date);
    expect(back.messages).toEqual([]);
    expect(back.option).toEqual({...o, description: back.option!.description});
  });
});

describe('what the builder offers and previews', () => {
  it('offers every ICB of 2023 and of 2026 that holds more than one area, from the areas’ own lists', () => {
    const offered = officialGroups(units);
    for (const vintage of ['April 2023', 'April 2026']) {
      const icbs = new Set(
        units.flatMap((u) =>
          u.within.filter((w) => w.level === 'ICB' && w.vintage === vintage).map((w) => w.code),
        ),
      );
      const several = [...icbs].filter(
        (code) =>
          units.filter((u) =>
            u.within.some((w) => w.code === code && w.vintage === vintage && w.level === 'ICB'),
          ).length > 1,
      );
      expect(offered.filter((g) => g.what === `ICB, ${vintage}`)).toHaveLength(several.length);
    }
    expect(offered.find((g) => g.name === 'NHS Frimley Integrated Care Board')?.units).toEqual(
      icbUnits('NHS Frimley Integrated Care Board', 'April 2023'),
    );
  });

  it('offers a set of areas once: Frimley as its ICB, not also as its sub-ICB location of 2023 (newcomer trial)', () => {
    const offered = officialGroups(units);
    const sets = offered.map((g) => `${g.what.split(', ')[1]} ${g.units.join(' ')}`);
    expect(new Set(sets).size).toBe(sets.length);
    expect(offered.map((g) => g.name)).not.toContain('NHS Frimley ICB - D4U1Y');
    // A sub-ICB location of 2026 holding fewer areas than its ICB is still offered.
    expect(offered.filter((g) => g.what === 'sub-ICB location, April 2026').length).toBeGreaterThan(
      0,
    );
  });

  it('previews a merge: the groups that go lose every area, the kept one gains them under its new name', () => {
    const o = start('icbs-2023');
    const rows = previewChange(o, apply(o, MERGE), units, null);
    expect(rows.map((r) => [r.region.name, r.role, r.change.units])).toEqual([
      ['Derby and Derbyshire', 'losing', -1],
      ['Nottingham and Nottinghamshire', 'losing', -2],
      ['East Midlands ICB', 'gaining', 3],
    ]);
    const people = (codes: string[]) =>
      codes.reduce((sum, c) => sum + units.find((u) => u.code === c)!.population, 0);
    expect(rows[2]!.after.population).toBe(
      people(['E38000008', 'E38000238', 'E38000243', 'E38000261']),
    );
  });
});

describe('a hand-made link on England 2026', () => {
  // The link reader's messages name the base option's groups by its noun: "cluster", not "region".
  it('says "cluster" in every message about the clusters’ groups, never "region"', () => {
    const base = builtIns.find((b) => b.id === 'clusters-2025')!;
    const [first, second] = base.regions;
    const unit = codes[0]!;
    const {messages} = readUserOption(
      new URLSearchParams(
        `option=mine-1&base=clusters-2025&title=X&drop=atlantis.${first!.id}` +
          `&regions=oops_new-1.zzz.Fens_new-1.aa3377.Again_new-2.aa3377.${encodeURIComponent(second!.name)}` +
          `&move=nowhere.${unit}`,
      ),
      '',
      builtIns,
      codes,
      '2026-12-07',
    );
    const text = messages.join(' | ');
    expect(text).not.toMatch(/\bregions?\b/i);
    for (const words of [
      "Unknown cluster 'atlantis' to remove",
      "Cluster 'oops' is not written",
      'Cluster new-1 is listed twice',
      "Colour 'zzz' of cluster Fens",
      `Unknown cluster 'nowhere' to move ${unit}`,
      `Cluster ${first!.name} cannot be removed`,
    ])
      expect(text).toContain(words);
    expect(messages.length).toBeGreaterThan(0);
  });
});
