// The builder's "one reassignment", timed on synthetic grids (src/domain/builder/synthetic.ts) of
// 42, 195, 1,000 and 6,800 units: apply a move (a new assignments object), recompute the region
// aggregates, the flow containment per region, and the option check (contiguity, balance). All
// in Node, no browser: the domain's share of the 16 ms a frame allows.
import {loadavg} from 'node:os';
import {performance} from 'node:perf_hooks';
import {regionAggregates} from '../../src/domain/aggregates';
import {regionFlowTotals} from '../../src/domain/flows';
import {syntheticGeography, gridCode} from '../../src/domain/builder/synthetic';
import {moveUnit} from '../../src/domain/builder/units';
import {checkOption} from '../../src/domain/builder/validation';

/** [width, height] of each grid: 42, 195, 1,000 and 6,800 units, seven bands each. */
export const BUILDER_GRIDS: readonly (readonly [number, number])[] = [
  [6, 7],
  [13, 15],
  [25, 40],
  [80, 85],
];
const FRAME_MS = 16;

export interface BuilderBenchRow {
  units: number;
  flows: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Median ms of each step: the move (copying the assignments), aggregates, containment, check. */
  steps: {move: number; aggregates: number; containment: number; check: number};
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Times `repeats` reassignments per grid (after `warmup` untimed ones). Each moves a unit on the
 * first band boundary, in turn along the row, into the band below, then back, so the option
 * stays realistic and each run really changes the regions. */
export function runBuilderBench(repeats = 101, warmup = 10): BuilderBenchRow[] {
  return BUILDER_GRIDS.map(([width, height]) => {
    const {units, adjacency, option, flows} = syntheticGeography({width, height});
    // The last row of the first band: moving one of its units down leaves band 0 one piece.
    const row = units.findIndex((u) => option.assignments[u.code] !== 'band-0') / width - 1;
    let current = option;
    const times: number[] = [];
    const steps = {
      move: [] as number[],
      aggregates: [] as number[],
      containment: [] as number[],
      check: [] as number[],
    };
    for (let i = 0; i < warmup + repeats; i++) {
      const code = gridCode(i % width, row, width);
      const to = current.assignments[code] === 'band-0' ? 'band-1' : 'band-0';
      const t0 = performance.now();
      current = moveUnit(current, code, to);
      const t1 = performance.now();
      const aggregates = regionAggregates(current, units);
      const t2 = performance.now();
      const containment = regionFlowTotals(current, flows);
      const t3 = performance.now();
      const check = checkOption(current, units, adjacency);
      const t4 = performance.now();
      if (
        aggregates.length !== option.regions.length ||
        containment.size !== option.regions.length ||
        check.balance.regions.length === 0
      )
        throw new Error('bench: unexpected result');
      if (i < warmup) continue;
      times.push(t4 - t0);
      steps.move.push(t1 - t0);
      steps.aggregates.push(t2 - t1);
      steps.containment.push(t3 - t2);
      steps.check.push(t4 - t3);
    }
    return {
      units: units.length,
      flows: flows.length,
      medianMs: median(times),
      minMs: Math.min(...times),
      maxMs: Math.max(...times),
      steps: {
        move: median(steps.move),
        aggregates: median(steps.aggregates),
        containment: median(steps.containment),
        check: median(steps.check),
      },
    };
  });
}

/** The bench as markdown lines: a sentence, then the table. */
export function builderBenchTable(rows: readonly BuilderBenchRow[] = runBuilderBench()): string[] {
  const largest = rows[rows.length - 1]!;
  const lines = [
    'Builder, one reassignment (move + aggregates + containment + contiguity and balance check), synthetic grids, Node, ms:',
    '',
    '| units | flows | median ms (min–max) | ms per 1,000 units | ≤ 16 ms |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const ok = r.medianMs <= FRAME_MS ? 'yes' : 'NO';
    lines.push(
      `| ${r.units.toLocaleString('en-GB')} | ${r.flows.toLocaleString('en-GB')} | ${r.medianMs.toFixed(2)} (${r.minMs.toFixed(2)}–${r.maxMs.toFixed(2)}) | ${((r.medianMs / r.units) * 1000).toFixed(2)} | ${ok} |`,
    );
  }
  const st = largest.steps;
  lines.push(
    '',
    `At ${largest.units.toLocaleString('en-GB')} units: ${largest.medianMs <= FRAME_MS ? 'within' : 'OVER'} the ${FRAME_MS} ms frame (median ${largest.medianMs.toFixed(1)} ms).`,
    `Median by step there: move (new assignments object) ${st.move.toFixed(2)}, aggregates ${st.aggregates.toFixed(2)}, containment ${st.containment.toFixed(2)}, check ${st.check.toFixed(2)} ms. Load average ${loadavg()[0]!.toFixed(1)} (a shared machine: other work slows every row alike).`,
  );
  return lines;
}
