// No import cycles in src/, type-only imports included (scripts/import-cycles.ts).
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cyclesIn, importGraph} from '../../scripts/import-cycles';

/** A folder of small files, `{path: text}`, for the finder's own tests. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'fp-cycles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), {recursive: true});
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('import cycles', () => {
  it('src/ has none', () => {
    expect(cyclesIn(importGraph(resolve('src')))).toEqual([]);
  });

  it('finds a cycle made only of type imports, through an export-from and a folder', () => {
    const root = tree({
      'a.ts': "import type {B} from './b';\nexport type A = B;\n",
      'b.ts': "export {c} from './deep/c';\nexport type B = string;\n",
      'deep/c.ts': "import type {A} from '../a';\nexport const c = (a: A) => a;\n",
      'd.ts': "import {c} from './deep/c';\nexport const d = c;\n",
    });
    expect(cyclesIn(importGraph(root), root)).toEqual([['a.ts', 'b.ts', 'deep/c.ts']]);
  });

  it('finds a file that imports itself, and no cycle in a chain', () => {
    const root = tree({
      'self.tsx': "import type {X} from './self';\nexport type X = 1;\n",
      'a.ts': "import './b';\n",
      'b.ts': '',
    });
    expect(cyclesIn(importGraph(root), root)).toEqual([['self.tsx']]);
  });
});
