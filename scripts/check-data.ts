// npm run data:check: rebuild in memory and fail if any committed file in data/ (or the tests'
// own geography) differs.
import {existsSync, readFileSync} from 'node:fs';
import {parseArgs} from './lib/args';
import {BuildError} from './lib/raw';
import {allOutputs} from './lib/outputs';

const args = parseArgs(process.argv.slice(2));
const files = await allOutputs(args.raw, args.out).catch((err: unknown) => {
  console.error(err instanceof BuildError ? `Data build failed: ${err.message}` : err);
  process.exit(1);
});
const stale: string[] = [];
for (const {file, name, text} of files) {
  if (!existsSync(file)) stale.push(`${name} (missing)`);
  else if (readFileSync(file, 'utf8') !== text) stale.push(`${name} (differs)`);
}
if (stale.length) {
  console.error(
    `data/ is not what the build produces: ${stale.join(', ')}. Run npm run data and commit.`,
  );
  process.exit(1);
}
console.log(`data/ and the test geography match the build (${files.length} files).`);
