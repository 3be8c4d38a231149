// A small made-up geography for the flow-code tests (flow-codes.test.ts, flow-code-meaning.test.ts):
// its words, areas and the official units they lie within, and the code lookup over them.
import {buildCodeLookup, type CodeWords} from '../../src/data/flow-codes';
import type {Area, AreaWithin} from '../../src/domain/types';

export const words: CodeWords = {
  areas: {noun: {one: 'local area', many: 'local areas'}, codeExample: 'X01000001'},
  parts: null,
  vintage: 'April 2030',
  populationVintage: 'mid-2029',
};

/** An area `code` of `population` residents, lying within the units `within`. */
export const area = (code: string, population: number, within: AreaWithin[]): Area => ({
  code,
  onsName: code,
  name: `Area ${code}`,
  shortName: code,
  population,
  partCount: 0,
  areaKm2: 1,
  anchor: [0, 0],
  within,
});

/** A board (an ICB) of `vintage` with its ONS `code` and, where it has one, its ODS code. */
export const board = (vintage: string, code: string, odsCode?: string): AreaWithin => ({
  level: 'ICB',
  vintage,
  code,
  odsCode,
  name: `Board ${code}`,
});

/** The code lookup of `areas` (no parts) with `trusts` at their areas, in the words above. Call
 * it inside each test, not at import: the mutation run credits a test only with the code it runs. */
export const lookupOf = (
  areas: readonly Area[],
  trusts: readonly {code: string; areaCode: string}[],
) => buildCodeLookup(words, areas, [], trusts);
