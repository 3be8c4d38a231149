// npm run data [-- --raw DIR] [--out DIR]: rebuild data/ from the raw public sources.
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {buildAll} from './lib/build';
import {BuildError} from './lib/raw';
import {parseArgs} from './lib/args';

const args = parseArgs(process.argv.slice(2));
try {
  const out = await buildAll(args.raw);
  for (const [name, text] of out) {
    mkdirSync(path.dirname(path.join(args.out, name)), {recursive: true});
    writeFileSync(path.join(args.out, name), text);
    console.log(`${name.padEnd(36)} ${(text.length / 1024).toFixed(1).padStart(7)} KB`);
  }
} catch (err) {
  console.error(err instanceof BuildError ? `Data build failed: ${err.message}` : err);
  process.exit(1);
}
