// Facts written once (issue 19): each has one home, and a copy elsewhere in src/ fails here, so
// the copies cannot drift apart again.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}
const files = sources('src').map((path) => ({path, text: readFileSync(path, 'utf8')}));

/** The files of src/ whose text matches `pattern`. */
const filesMatching = (pattern: RegExp) =>
  files.filter((f) => pattern.test(f.text)).map((f) => f.path);

describe('one place each', () => {
  it('capitalise: domain/format.ts', () => {
    expect(filesMatching(/toUpperCase\(\) \+/)).toEqual(['src/domain/format.ts']);
  });

  it("an option's region members: domain/options.ts", () => {
    // A filter of codes or units by their assigned region, e.g. filter((c) => o.assignments[c] === id).
    expect(
      filesMatching(
        /filter\(\((\w+)\) => [\w.]*assignments\[\1(\.code|\.properties\.code)?\] === [\w.]+\)/,
      ),
    ).toEqual(['src/domain/options.ts']);
  });

  it('the largest-first sort: domain/order.ts', () => {
    // A hand-written descending comparator: (a, b) => b.size - a.size, alone or with a tie-break by code.
    const descending =
      /\((\w+), (\w+)\) => \2\.(\w+) - \1\.\3(\)| \|\| byCode| \|\| \w+\.\w+\.localeCompare|\s*\|\|\s*\(\1\.\w+ <)/;
    expect(filesMatching(descending)).toEqual([]);
  });

  it('the code → unit index: domain/unit-index.ts', () => {
    // new Map(units.map((u) => [u.code, u])), or of names: [u.code, u.name].
    expect(
      filesMatching(/new Map\([\w.]*\.map\(\((\w+)\) => \[\1\.code, \1(\.name|\.shortName)?\]\)\)/),
    ).toEqual(['src/domain/unit-index.ts']);
  });

  it('the region flow tally and the side-change walk: domain/flow-ends.ts, for area and part flows alike', () => {
    expect(filesMatching(/\.internal \+= /)).toEqual(['src/domain/flow-ends.ts']);
    expect(filesMatching(/nowWithin\.push\(/)).toEqual(['src/domain/flow-ends.ts']);
  });
});
