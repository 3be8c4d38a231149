import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {optionFileText, readOptionFile} from '../../src/data/option-file';
import {USER_OPTION_SOURCE} from '../../src/domain/builder/user-option';
import {applyEdit} from '../../src/domain/builder/edit';
import type {BoundaryOption, OptionEdit} from '../../src/domain/types';
import {
  builtIn,
  builtIns,
  edited,
  LINCOLNSHIRE,
  mine,
  unitCodes,
  unitName,
} from './builder-fixtures';
import {geography} from './real-data';

const lincsEast = edited(
  mine(),
  {kind: 'move', unit: LINCOLNSHIRE, to: 'east'},
  {kind: 'add-region', region: {id: 'new-1', code: null, name: 'Fens', colour: '#aa3377'}},
);
const bytes = (text: string) => new TextEncoder().encode(text).length;
// Opened on the 2018 geography, whose manifest words the messages ("an STP").
const read = (text: string, existingIds: string[] = []) =>
  readOptionFile(text, bytes(text), builtIns, unitCodes, existingIds, unitName, {geography});
/** The exported file's JSON with `change` applied to its option. */
const fileWith = (change: (option: Record<string, unknown>) => void) => {
  const file = JSON.parse(optionFileText(lincsEast));
  change(file.option);
  return JSON.stringify(file);
};
const refusal = (text: string) => {
  const result = read(text);
  return result.ok ? `accepted: ${JSON.stringify(result.messages)}` : result.message;
};

describe('option files', () => {
  it('exports pretty JSON that says what it is, and imports it unchanged', () => {
    const text = optionFileText(lincsEast);
    expect(text).toMatch(
      /^\{\n {2}"format": "footprint-option",\n {2}"version": 1,\n {2}"geography": "england-2018",\n {2}"notice": "A user-built option made in Footprint. Not an official NHS proposal.",\n {2}"option": \{/,
    );
    expect(read(text)).toEqual({ok: true, option: lincsEast, messages: []});
  });

  it('round trip: every option the builder can make comes back from its file', () => {
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('move' as const),
        unit: fc.constantFrom(...unitCodes),
        to: fc.constantFrom('east', 'london', 'new-1'),
      }),
      fc.record({
        kind: fc.constant('rename-region' as const),
        id: fc.constantFrom('east', 'new-1'),
        name: fc.string({unit: 'grapheme', minLength: 1, maxLength: 50}),
      }),
    );
    fc.assert(
      fc.property(fc.array(edit, {maxLength: 10}), (edits) => {
        let o = lincsEast;
        for (const e of edits) o = applyOrKeep(o, e);
        expect(read(optionFileText(o))).toEqual({ok: true, option: o, messages: []});
      }),
      {seed: 1105, numRuns: 300},
    );
  });

  it.each([
    [
      'over 1 MB',
      ' '.repeat(1.4 * 1024 * 1024),
      'The file is 1,468,006 bytes (about 1.4 MB); the limit is 1 MB (1,048,576 bytes). An option file is a few kilobytes — is this the right file?',
    ],
    [
      'not JSON',
      'id,title\nmine-1,x',
      'This is not a Footprint option file: it is not JSON. Choose a file saved with “Download as a file (JSON)”.',
    ],
    [
      'another kind of JSON',
      '{"options": []}',
      'This is not a Footprint option file: it does not say "format": "footprint-option".',
    ],
    [
      'JSON that is not an object',
      '[1, 2]',
      'This is not a Footprint option file: it does not say "format": "footprint-option".',
    ],
    [
      'a newer version',
      '{"format": "footprint-option", "version": 2, "option": {}}',
      'This option file is version 2; this Footprint reads version 1 — it was made by a newer Footprint.',
    ],
  ])('refuses a file %s, in words', (_, text, message) => {
    expect(refusal(text)).toBe(message);
  });

  it.each<[string, (o: Record<string, unknown>) => void, string]>([
    [
      'an STP left out, by name',
      (o) => delete (o.assignments as Record<string, string>)[LINCOLNSHIRE],
      'The option in this file cannot be used. The option leaves out an STP: Lincolnshire (E54000013). Every STP must be in a region.',
    ],
    [
      'an STP in a region not listed',
      (o) => ((o.assignments as Record<string, string>)[LINCOLNSHIRE] = 'fens'),
      "The option in this file cannot be used. Lincolnshire (E54000013) is placed in region 'fens', which the option does not list.",
    ],
    [
      'a region listed twice',
      (o) =>
        (o.regions as unknown[]).push({id: 'east', code: null, name: 'Other', colour: '#000000'}),
      "The option in this file cannot be used. Two regions have the id 'east'.",
    ],
    [
      'two regions with one name',
      (o) =>
        (o.regions as unknown[]).push({id: 'new-2', code: null, name: 'fens', colour: '#000000'}),
      "The option in this file cannot be used. Two regions are called 'Fens'.",
    ],
    [
      'an over-long name',
      (o) => ((o.regions as {name: string}[])[0]!.name = 'N'.repeat(51)),
      `The option in this file cannot be used. Region name '${'N'.repeat(39)}…' is 51 characters long; the most is 50.`,
    ],
    [
      'a bad colour',
      (o) => ((o.regions as {colour: string}[])[0]!.colour = 'red'),
      "The option in this file cannot be used. Region 'North West' has colour 'red', which is not a colour like #1d70b8.",
    ],
    [
      'a bad region id',
      (o) => ((o.regions as {id: string}[])[7]!.id = 'constructor'),
      "The option in this file cannot be used. Region id 'constructor' is not valid: lower-case letters, digits and hyphens, at most 40.",
    ],
    [
      'a missing title',
      (o) => delete o.title,
      'The option in this file cannot be used. The option is not in the form Footprint saves: title: Invalid input: expected string, received undefined.',
    ],
    [
      'a bad date',
      (o) => (o.date = 'yesterday'),
      'The option in this file cannot be used. The option is not in the form Footprint saves: date: a date looks like 2024-05-01.',
    ],
  ])('refuses an option with %s', (_, change, message) => {
    expect(refusal(fileWith(change))).toBe(message);
  });

  it('refuses unknown STP codes and hostile keys, naming them, and pollutes nothing', () => {
    const text = optionFileText(lincsEast).replace(
      '"assignments": {',
      '"assignments": {"__proto__": "east", "constructor": "east", "E54000999": "east",',
    );
    expect(refusal(text)).toBe(
      "The option in this file cannot be used. The file names STP codes this map does not have: '__proto__', 'constructor', 'E54000999'. STP codes look like E54000020 (ONS, April 2018).",
    );
    expect(({} as Record<string, unknown>).east).toBeUndefined();
    expect(
      refusal(
        optionFileText(lincsEast).replace(
          '"assignments": {',
          '"assignments": {"E54000999": "east",',
        ),
      ),
    ).toMatch(
      /^The option in this file cannot be used. The file names an STP code this map does not have: 'E54000999'\./,
    );
  });

  it('removes hidden control and direction characters, and says so', () => {
    const result = read(
      fileWith((o) => ((o.regions as {name: string}[])[7]!.name = 'F\u202eens\u0007')),
    );
    expect(result.ok && result.option.regions[7]!.name).toBe('Fens');
    expect(result.ok && result.messages).toEqual([
      "Region name 'Fens' had 2 hidden control characters — removed",
    ]);
  });

  it('gives a fresh id to an option whose id is taken, and says so', () => {
    expect(read(optionFileText(lincsEast), ['mine-1', 'mine-4'])).toMatchObject({
      ok: true,
      option: {id: 'mine-5'},
      messages: ["My option 1: the id 'mine-1' is already used here, so it is now mine-5"],
    });
    expect(read(fileWith((o) => (o.id = 'revised')))).toMatchObject({
      ok: true,
      option: {id: 'mine-1'},
      messages: ["My option 1: the id 'revised' is already used here, so it is now mine-1"],
    });
  });

  it('always marks an import user-built: an official-looking source, phrase and reasons are not kept', () => {
    const revised = builtIn('revised');
    const text = JSON.stringify({
      format: 'footprint-option',
      version: 1,
      option: {...revised, id: 'official'},
    });
    const result = read(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.option).toMatchObject({
      id: 'official',
      source: USER_OPTION_SOURCE,
      userBuilt: {basedOn: 'revised', baseId: 'revised'},
    });
    expect(result.option.reasons).toBeUndefined();
    expect(result.option.phrase).toBeUndefined();
    expect(result.messages).toEqual([
      'Revised proposal: no published option is named as its start — its share link will list its changes from Revised proposal',
      'Revised proposal: its source is shown as “Footprint user” — an option from a file is never an official one',
      'Revised proposal: the phrase and reasons of a published option are left out',
    ]);
  });
});

/** The option after `e`, or as it was when the builder refuses `e`. */
function applyOrKeep(o: BoundaryOption, e: OptionEdit): BoundaryOption {
  return applyEdit(o, e).option ?? o;
}
