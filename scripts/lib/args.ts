import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** --raw DIR (or FOOTPRINT_RAW_DIR) and --out DIR, with the defaults of this checkout. */
export function parseArgs(argv: string[]): {raw: string; out: string} {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    raw: path.resolve(
      value('--raw') ?? process.env.FOOTPRINT_RAW_DIR ?? path.join(ROOT, '../shared/data/raw'),
    ),
    out: path.resolve(value('--out') ?? path.join(ROOT, 'data')),
  };
}
