// Geography is data (issue 19): no code in src/domain, src/state, src/map or src/ui names the 2018
// geography's levels. Words published under those names (link parameters, criterion ids, export
// columns and file names) live in one table, src/domain/published-words.ts; every other mention,
// in code, a comment, a class name or a test id, fails here.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {PUBLISHED_ORIGIN_HEADERS, PUBLISHED_WORDS} from '../../src/domain/published-words';

const LAYERS = ['src/domain', 'src/state', 'src/map', 'src/ui'];

/** The only files that may name the levels, and why. */
const ALLOWED: Record<string, string> = {
  'src/domain/published-words.ts': 'the compatibility table of published words',
};

/** The 2018 geography's level names in any case that code would write them: STP, Stp, stp, CCG… */
const LEVEL_NAMES = /STP|Stp|stp|CCG|Ccg|ccg/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(tsx?|scss)$/.test(name) ? [path] : [];
  });
}

/** Each line of the layers' files that names a level, as "path:line: text". */
function mentions(allowed: Record<string, string>): string[] {
  return LAYERS.flatMap(sources)
    .filter((path) => !(path in allowed))
    .flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, i) => (LEVEL_NAMES.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
    );
}

describe('published words', () => {
  it('only the compatibility table and the allow-list name STPs or CCGs in domain, state, map and ui', () => {
    expect(mentions(ALLOWED)).toEqual([]);
  });

  it('the allow-list is short and every file on it still exists and needs to be there', () => {
    expect(Object.keys(ALLOWED).length).toBeLessThanOrEqual(3);
    for (const path of Object.keys(ALLOWED))
      expect(LEVEL_NAMES.test(readFileSync(path, 'utf8')), path).toBe(true);
  });

  it('keeps the published words exactly as old links, CSVs and files carry them', () => {
    expect(PUBLISHED_WORDS).toEqual({
      areaParam: 'stp',
      partsLayer: 'ccgs',
      maxAreasParam: 'maxstps',
      areaCount: 'stps',
      partCount: 'ccgs',
      mostAreas: 'most-stps',
      fewestAreas: 'fewest-stps',
      mostParts: 'most-ccgs',
      fewestParts: 'fewest-ccgs',
      areaCodeProperty: 'stp_code',
      areaCodesProperty: 'stp_codes',
      areasFileWord: 'stps',
    });
    expect(PUBLISHED_ORIGIN_HEADERS).toEqual(['ccg', 'ccg_code', 'stp', 'stp_code']);
  });
});
