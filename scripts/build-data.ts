// npm run data [-- --raw DIR] [--out DIR]: rebuild data/ from the raw public sources, and the
// tests' own geography (tests/fixtures/geographies/).
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {BuildError} from './lib/raw';
import {parseArgs} from './lib/args';
import {allOutputs} from './lib/outputs';

const args = parseArgs(process.argv.slice(2));
try {
  for (const {file, name, text} of await allOutputs(args.raw, args.out)) {
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, text);
    console.log(`${name.padEnd(36)} ${(text.length / 1024).toFixed(1).padStart(7)} KB`);
  }
} catch (err) {
  console.error(err instanceof BuildError ? `Data build failed: ${err.message}` : err);
  process.exit(1);
}
