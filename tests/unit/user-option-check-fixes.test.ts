// What an imported option has fixed, and says it fixed: a bad or taken id, hidden characters, a
// description that cannot be shown, a start that is not a published option; and the shape
// problems it names when it refuses.
import {describe, expect, it} from 'vitest';
import {optionFileText, readOptionFile} from '../../src/data/option-file';
import {builtIns, mine, unitCodes, unitName} from './builder-fixtures';
import {geography} from './real-data';

const fileWith = (change: (o: Record<string, unknown>) => void) => {
  const file = JSON.parse(optionFileText(mine()));
  change(file.option);
  return JSON.stringify(file);
};
const read = (change: (o: Record<string, unknown>) => void, existingIds: string[] = []) => {
  const text = fileWith(change);
  return readOptionFile(text, text.length, builtIns, unitCodes, existingIds, unitName, {geography});
};
const REVISED = 'Built in Footprint from the revised proposal. Not an official proposal.';

describe('an imported option, fixed and said', () => {
  it('renames an id that is not valid, or taken in any case, to the next free one', () => {
    expect(read((o) => (o.id = 'Bad ID!'))).toMatchObject({
      ok: true,
      option: {id: 'mine-1'},
      messages: ["My option 1: the id 'Bad ID!' is not valid, so it is now mine-1"],
    });
    expect(read((o) => (o.id = 'MINE-1'), ['mine-1'])).toMatchObject({
      ok: true,
      option: {id: 'mine-2'},
      messages: ["My option 1: the id 'MINE-1' is already used here, so it is now mine-2"],
    });
  });

  it('counts one hidden character in the singular', () => {
    expect(read((o) => (o.title = 'A\u0007b'))).toMatchObject({
      ok: true,
      option: {title: 'Ab'},
      messages: ["The option’s title 'Ab' had 1 hidden control character — removed"],
    });
  });

  it('replaces a description with hidden characters, or empty, or too long, saying which', () => {
    const cases: [string, string][] = [
      [
        'x\u0007y',
        `The option’s description 'xy' is hiding control characters — using “${REVISED}”`,
      ],
      ['', `The option’s description '' is empty or too long — using “${REVISED}”`],
      [
        'x'.repeat(2000),
        `The option’s description '${'x'.repeat(39)}…' is empty or too long — using “${REVISED}”`,
      ],
    ];
    for (const [raw, message] of cases) {
      expect(read((o) => (o.description = raw))).toMatchObject({
        ok: true,
        option: {description: REVISED},
        messages: [message],
      });
    }
    expect(read((o) => (o.description = 'Kept as written.'))).toMatchObject({
      ok: true,
      option: {description: 'Kept as written.'},
      messages: [],
    });
  });

  it('builds on the published option placing most areas alike when its start is not published', () => {
    const r = read((o) => (o.userBuilt = {basedOn: 'x', baseId: 'nope'}));
    expect(r).toMatchObject({ok: true, option: {userBuilt: {baseId: 'revised'}}});
    expect(r.ok && r.messages).toEqual([
      expect.stringMatching(
        /^My option 1: its start 'nope' is not a published option — its share link will list its changes from .+$/,
      ),
    ]);
  });

  it('names at most three shape problems, each by its field', () => {
    const r = read((o) => Object.assign(o, {id: 3, title: 1, date: 2, regions: 4}));
    expect(r).toEqual({
      ok: false,
      message:
        'The option in this file cannot be used. The option is not in the form Footprint saves: id: Invalid input: expected string, received number; title: Invalid input: expected string, received number; date: Invalid input: expected string, received number.',
    });
  });
});
