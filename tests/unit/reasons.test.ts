import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {compareOptions} from '../../src/domain/compare';
import {reasonsForComparison, reasonsForArea} from '../../src/domain/reasons';
import {optionSchema} from '../../src/data/schemas';
import type {BoundaryOption} from '../../src/domain/types';
import {TOY_A, TOY_B, TOY_C, TOY_AREAS} from './toy-geography';
import {NORTHAMPTONSHIRE, option, options, areas, geography} from './real-data';

const MIDSHIRE = 'E54000902';
const withReason = (o: BoundaryOption, areaCodes: string[], title: string): BoundaryOption => ({
  ...o,
  reasons: [{areas: areaCodes, title, quotes: [`${title}.`], paragraphs: '1.1'}],
});

// The source papers sit in shared/docs beside the checkout (../shared from the main clone). Look upwards from
// this file, so the test finds them from a git worktree or a mutation-testing sandbox too.
function sourceDocs(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'shared', 'docs')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'shared', 'docs');
}

describe('reasons from the source', () => {
  const b = withReason(TOY_B, [MIDSHIRE], 'Why Midshire goes east');

  it('are shown for a comparison when they concern an STP that moves, whichever side gives them', () => {
    expect(
      reasonsForComparison(compareOptions(TOY_A, b, TOY_AREAS)).map((r) => [
        r.option.id,
        r.reason.title,
      ]),
    ).toEqual([['beta', 'Why Midshire goes east']]);
    // Reversed: the reason still belongs to beta.
    expect(
      reasonsForComparison(compareOptions(b, TOY_A, TOY_AREAS)).map((r) => r.option.id),
    ).toEqual(['beta']);
  });

  it('are not shown when none of their STPs moves', () => {
    // Alpha → gamma moves Eastshire, Northshire and Southshire, not Midshire.
    const c = withReason(TOY_C, [MIDSHIRE], 'Why Midshire stays west');
    expect(reasonsForComparison(compareOptions(TOY_A, c, TOY_AREAS))).toEqual([]);
  });

  it('are found for one STP across all options, in the options’ order', () => {
    const c = withReason(TOY_C, [MIDSHIRE, 'E54000901'], 'Why Midshire stays west');
    expect(reasonsForArea([TOY_A, c, b], MIDSHIRE).map((r) => r.option.id)).toEqual([
      'gamma',
      'beta',
    ]);
    expect(reasonsForArea([TOY_A, c, b], 'E54000901').map((r) => r.option.id)).toEqual(['gamma']);
    expect(reasonsForArea([TOY_A, b], 'E54000903')).toEqual([]);
  });

  it('must name STPs the option assigns', () => {
    const bad = withReason(TOY_B, ['E54000999'], 'Why nowhere');
    const result = optionSchema(geography).safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(
      'option "beta" gives a reason for E54000999, which it does not assign',
    );
  });

  it('on the real data: Initial → Revised quotes the board paper on Northamptonshire’s patient flows', () => {
    const found = reasonsForComparison(compareOptions(option('initial'), option('revised'), areas));
    expect(found).toHaveLength(1);
    expect(found[0]!.option.id).toBe('revised');
    expect(found[0]!.reason.areas).toEqual([NORTHAMPTONSHIRE]);
    expect(found[0]!.reason.quotes.join(' ')).toContain(
      'Northamptonshire’s patient flows with Leicester and Warwickshire',
    );
    expect(found[0]!.reason.paragraphs).toBe('2.13, 2.15');
    expect(reasonsForArea(options, NORTHAMPTONSHIRE)).toHaveLength(1);
    expect(
      reasonsForComparison(compareOptions(option('before'), option('initial'), areas)),
    ).toEqual([]);
  });

  it('quote the board paper word for word', () => {
    for (const o of options) {
      const path = join(sourceDocs(), o.source.document);
      if (!o.reasons?.length) continue;
      expect(existsSync(path), `the source ${path} is missing`).toBe(true);
      // The paper's lines, joined and with runs of spaces collapsed, as the quotes are written.
      const paper = readFileSync(path, 'utf8').replace(/\s+/g, ' ');
      for (const r of o.reasons)
        for (const q of r.quotes) expect(paper, `not in the paper: ${q}`).toContain(q);
    }
  });
});
