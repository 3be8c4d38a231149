// Every file the data build writes: data/ (or --out) and the tests' own geography, which always
// goes to the checkout's test folder. build-data.ts writes them, check-data.ts compares them.
import path from 'node:path';
import {ROOT} from './args';
import {buildAll} from './build';
import {buildTestGeographies} from './test-grid/build';

export interface Output {
  /** Where it is written. */
  file: string;
  /** How the build names it in its report. */
  name: string;
  text: string;
}

export async function allOutputs(rawDir: string, dataDir: string): Promise<Output[]> {
  const data = [...(await buildAll(rawDir))].map(([name, text]) => ({
    file: path.join(dataDir, name),
    name,
    text,
  }));
  const tests = [...buildTestGeographies()].map(([name, text]) => ({
    file: path.join(ROOT, name),
    name,
    text,
  }));
  return [...data, ...tests];
}
