// npm run bench's figures as text: medians with their range, ratios, and the record of a run
// in bench/results.md.
import {cpus, loadavg, totalmem, type} from 'node:os';
import {readFileSync, writeFileSync, existsSync} from 'node:fs';
import path from 'node:path';
import {ROOT} from './args';
import {kb} from './dist-sizes';

export interface Stats {
  median: number;
  min: number;
  max: number;
}
export function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length / 2;
  const median = s.length % 2 ? s[Math.floor(mid)]! : (s[mid - 1]! + s[mid]!) / 2;
  return {median, min: s[0]!, max: s[s.length - 1]!};
}
export const ms = (s: Stats) =>
  Number.isNaN(s.median) ? '—' : `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
export const kib = (s: Stats) => `${kb(s.median)}`;
export const ratio = (a: number, b: number) =>
  Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '—';
/** Median over median, and the range min÷max to max÷min (how far the noise could move it). */
export const ratioRange = (a: Stats, b: Stats) =>
  `${ratio(a.median, b.median)} (${ratio(a.min, b.max)}–${ratio(a.max, b.min)})`;

/** Adds the run, newest first, to bench/results.md with the date and the machine. */
export function record(lines: string[]): void {
  const file = path.join(ROOT, 'bench/results.md');
  const header =
    '# Benchmark results\n\n`npm run bench -- --write` adds a run here, newest first.\n';
  const previous = existsSync(file) ? readFileSync(file, 'utf8').replace(header, '') : '';
  const cpu = cpus();
  const machine = `${type()}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end (other work on the machine slows every page alike)`;
  const run = `\n## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n\nMachine: ${machine}.\n\n${lines.join('\n')}\n`;
  writeFileSync(file, header + run + previous);
  console.log(`\nRecorded in ${path.relative(ROOT, file)}.`);
}
