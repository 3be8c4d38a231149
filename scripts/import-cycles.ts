// Import cycles in src/, type-only imports included: a cycle of types still ties the layers
// together (the domain's types must not lean on the map's), and a later value import along it
// would make a runtime cycle. No dependency: TypeScript's own pre-parser lists each file's
// imports and exports-from, and Tarjan's algorithm finds the strongly connected groups.
// `npx tsx scripts/import-cycles.ts` prints them; tests/unit/import-cycles.test.ts keeps them at none.
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Every .ts/.tsx file under `dir`, absolute paths. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The files a file imports (relative specifiers only; packages are outside the graph). */
function importsOf(file: string, text: string): string[] {
  const {importedFiles} = ts.preProcessFile(text, true, false);
  return importedFiles.flatMap(({fileName}) => {
    if (!fileName.startsWith('.')) return [];
    const base = resolve(dirname(file), fileName);
    const found = EXTENSIONS.map((ext) => base + ext).find(existsSync);
    return found ? [found] : [];
  });
}

/** The import graph of the files under `root`: file → files it imports. */
export function importGraph(
  root: string,
  read: (file: string) => string = (f) => readFileSync(f, 'utf8'),
): Map<string, string[]> {
  return new Map(sourceFiles(root).map((f) => [f, importsOf(f, read(f))]));
}

/** Groups of files that import each other, directly or round a loop (each sorted, paths
 * relative to `base`), and files that import themselves. Empty when the graph has no cycle. */
export function cyclesIn(graph: Map<string, string[]>, base = process.cwd()): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || graph.get(v)?.includes(v))
      groups.push(group.map((f) => relative(base, f)).sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return groups;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const cycles = cyclesIn(importGraph(resolve('src')));
  for (const group of cycles) console.log(group.join(' ⇄ '));
  if (cycles.length) process.exitCode = 1;
  else console.log('No import cycles in src/.');
}
