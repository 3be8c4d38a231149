// The layers' import rules (eslint.config.js) at every depth: a pattern that matches only one
// path segment let src/domain/builder/ import the store while lint passed.
import {ESLint} from 'eslint';
import {describe, expect, it} from 'vitest';

const eslint = new ESLint({cwd: process.cwd()});

/** The no-restricted-imports messages for `code` as if it were the file at `filePath`. */
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, {filePath});
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the domain imports no store, map or UI at any depth', () => {
  const cases: [string, string][] = [
    ['src/domain/builder/fixture.ts', '../../state/store'],
    ['src/domain/criteria/fixture.ts', '../../ui/Legend'],
    ['src/domain/builder/fixture.ts', '../../map/map-view'],
    ['src/domain/fixture.ts', '../state/store'],
  ];
  it.each(cases)('%s importing %s is an error', async (filePath, from) => {
    expect(
      await restricted(filePath, `import {x} from '${from}';\nexport const y = x;\n`),
    ).toHaveLength(1);
  });

  it('a domain file importing the domain is fine', async () => {
    expect(
      await restricted(
        'src/domain/builder/fixture.ts',
        "import {x} from '../options';\nexport const y = x;\n",
      ),
    ).toEqual([]);
  });
});
