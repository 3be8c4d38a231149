// Shared by the builder's part-move tests: the real CCGs as parts, named as the builder names
// them, and the example of issue 19 (Revised with Tameside and Glossop CCG in the Midlands).
import {partsOfMapped} from '../../src/domain/parts/part-types';
import type {PartsContext} from '../../src/domain/builder/units';
import type {MappedPart} from '../../src/domain/types';
import {parts, geography} from './real-data';

export const PARTS = partsOfMapped(parts as MappedPart[]);
/** Tameside and Glossop CCG (data/england-2018/ccgs.topo.json), in Greater Manchester STP. */
export const TAMESIDE = 'E38000182';
export const TAMESIDE_PEOPLE = 258_613;
const names = new Map(parts.map((c) => [c.code, c.name.replace(/^NHS /, '')]));
export const PARTS_CONTEXT: PartsContext = {
  list: PARTS,
  name: (code) => names.get(code) ?? code,
  noun: geography.parts!.noun,
};

/** The preview's flow lines for Tameside and Glossop CCG's move to the Midlands, as the page
 * shows them (label, change, after). Worked out independently from the data files by
 * tests/unit/parts-flows-wired.test.ts, which fails if the app's figures differ; the browser
 * test (tests/e2e/builder-parts.e2e.ts) reads them from here. */
export const TAMESIDE_PREVIEW_CONTAINMENT = {
  midlands: 'Flow containment−0.8 pts94.6%',
  'north-west': 'Flow containment−0.2 pts98.9%',
};
