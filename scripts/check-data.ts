// npm run data:check: rebuild in memory and fail if any committed file in data/ differs.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {buildAll} from './lib/build';
import {parseArgs} from './lib/args';
import {BuildError} from './lib/raw';

const args = parseArgs(process.argv.slice(2));
const out = await buildAll(args.raw).catch((err: unknown) => {
  console.error(err instanceof BuildError ? `Data build failed: ${err.message}` : err);
  process.exit(1);
});
const stale: string[] = [];
for (const [name, text] of out) {
  const file = path.join(args.out, name);
  if (!existsSync(file)) stale.push(`${name} (missing)`);
  else if (readFileSync(file, 'utf8') !== text) stale.push(`${name} (differs)`);
}
if (stale.length) {
  console.error(`data/ is not what the build produces: ${stale.join(', ')}. Run npm run data and commit.`);
  process.exit(1);
}
console.log(`data/ matches the build (${out.size} files).`);
