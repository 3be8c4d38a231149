// npm run size: gzip sizes of the built app (dist/) against the size budgets of issue 9.
// Sizes only, no timings (those are npm run bench). Exits 1 when a budget is exceeded, after
// printing the figures; with --report (or FOOTPRINT_SIZE_REPORT_ONLY=1) it only reports.
// Run after vite build; `npm test` runs it right after the browser tests' build.
import {firstPaintFiles, kb, total, type FileSize} from './lib/dist-sizes';
import {geographySizes} from './lib/geography-sizes';
import {BUDGETS, FIRST_PAINT, TARGETS} from './lib/size-budgets';

const DIST = process.env.FOOTPRINT_DIST ?? 'dist';
const reportOnly =
  process.argv.includes('--report') || process.env.FOOTPRINT_SIZE_REPORT_ONLY === '1';

function table(title: string, files: FileSize[], limit = Infinity): void {
  console.log(`\n${title}`);
  console.log(`  ${'file'.padEnd(44)} ${'KB'.padStart(8)} ${'gzip KB'.padStart(8)}  why`);
  for (const f of files.slice(0, limit)) {
    console.log(
      `  ${f.file.padEnd(44)} ${kb(f.bytes).padStart(8)} ${kb(f.gzip).padStart(8)}  ${f.why ?? ''}`,
    );
  }
  if (files.length > limit) console.log(`  … and ${files.length - limit} smaller files`);
  console.log(
    `  ${'total'.padEnd(44)} ${kb(total(files, 'bytes')).padStart(8)} ${kb(total(files, 'gzip')).padStart(8)}`,
  );
}

const firstPaint = firstPaintFiles(DIST, FIRST_PAINT);
// The other built-in geographies' data and prerendered maps are budgeted one geography at a
// time (earlyMapGzipKB for the maps); the app's own budget counts the rest of dist/.
const {defaultView: all, others, earlyMaps} = geographySizes(DIST);
table(`Before the first painted map (${FIRST_PAINT.page})`, firstPaint);
table(`All of ${DIST}/ but the other geographies' data (${all.length} files)`, all, 12);
for (const o of others) table(`Geography ${o.id} (fetched only when chosen)`, o.files);
table(
  'Early maps (each fetched only by a link to its geography)',
  earlyMaps.map((m) => m.file),
);

const checks = [
  {
    name: 'before the first painted map',
    gzipKB: total(firstPaint, 'gzip') / 1024,
    budget: BUDGETS.firstPaintGzipKB,
    target: TARGETS.firstPaintGzipKB,
  },
  {
    name: `all of ${DIST}/ (default geography)`,
    gzipKB: total(all, 'gzip') / 1024,
    budget: BUDGETS.allGzipKB,
    target: TARGETS.allGzipKB,
  },
  ...others.map((o) => ({
    name: `geography ${o.id}`,
    gzipKB: total(o.files, 'gzip') / 1024,
    budget: BUDGETS.otherGeographyGzipKB,
    target: BUDGETS.otherGeographyGzipKB,
  })),
  ...earlyMaps.map((m) => ({
    name: `early map ${m.id}`,
    gzipKB: m.file.gzip / 1024,
    budget: BUDGETS.earlyMapGzipKB,
    target: BUDGETS.earlyMapGzipKB,
  })),
];
console.log('\nSize budgets (KB gzip)');
for (const c of checks) {
  const verdict = c.gzipKB <= c.budget ? 'ok' : `OVER by ${(c.gzipKB - c.budget).toFixed(1)}`;
  const gap =
    c.gzipKB <= c.target
      ? 'target met'
      : `target ${c.target}: ${(c.gzipKB - c.target).toFixed(1)} over`;
  console.log(
    `  ${c.name.padEnd(32)} ${c.gzipKB.toFixed(1).padStart(8)} / ${String(c.budget).padStart(4)}  ${verdict} (${gap})`,
  );
}
const over = checks.filter((c) => c.gzipKB > c.budget);
if (over.length && reportOnly) {
  console.log('\nReport only (--report): a budget is exceeded, but this run does not fail.');
} else if (over.length) {
  console.error(`\nSize budget exceeded: ${over.map((c) => c.name).join(', ')}.`);
  process.exitCode = 1;
}
