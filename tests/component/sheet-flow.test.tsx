// @vitest-environment jsdom
// How an option's facts flow over board-pack sheets (issue 21, fault 1): the sheets' ranges,
// what each sheet draws (a continued table starts where the sheet before ended), and where a
// sheet ends, from the measured bottoms of its items (stubbed here; the browser test measures).
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import {
  breakIn,
  sheetContent,
  sheetRanges,
  wholeBlock,
  type FlowBlock,
} from '../../src/ui/print/sheet-flow';

afterEach(cleanup);

/** A list block of `n` items named `${key}${i}`. */
const list = (key: string, n: number): FlowBlock => ({
  key,
  size: n,
  render: (from, to, marks) => (
    <ul {...marks}>
      {Array.from({length: to - from}, (_, i) => (
        <li key={i} data-flow-item={from + i}>
          {`${key}${from + i}`}
        </li>
      ))}
    </ul>
  ),
});
const para = (key: string, keepWithNext = false) =>
  wholeBlock(key, (marks) => <p {...marks}>{key}</p>, keepWithNext);

/** Draws `blocks`' items [from, to) in a box whose bottom is at `limit`, each item's bottom at
 * the next of `bottoms` (in order of the items drawn); the box's content runs `over` px past
 * its foot (a margin, or items below it). */
function measured(
  blocks: FlowBlock[],
  from: number,
  to: number,
  bottoms: number[],
  {limit = 100, over = 10} = {},
) {
  const {container} = render(<div data-flow-box="">{sheetContent(blocks, from, to)}</div>);
  const box = container.firstElementChild as HTMLElement;
  const rect = (bottom: number) => ({bottom}) as DOMRect;
  box.getBoundingClientRect = () => rect(limit);
  Object.defineProperty(box, 'clientHeight', {value: limit});
  Object.defineProperty(box, 'scrollHeight', {value: limit + over});
  [...box.querySelectorAll<HTMLElement>('[data-flow-item]')].forEach((el, i) => {
    el.getBoundingClientRect = () => rect(bottoms[i]!);
  });
  return box;
}

describe('sheet flow', () => {
  it('splits the items into sheets at the breaks, each item on exactly one', () => {
    expect(sheetRanges(10, [])).toEqual([[0, 10]]);
    expect(sheetRanges(10, [4, 7])).toEqual([
      [0, 4],
      [4, 7],
      [7, 10],
    ]);
  });

  it('draws on each sheet only its part of each block, a continued list from where it stopped', () => {
    const blocks = [para('intro'), list('row', 5), para('outro')];
    const text = (from: number, to: number) =>
      render(<div>{sheetContent(blocks, from, to)}</div>).container.textContent;
    expect(text(0, 3)).toBe('introrow0row1');
    expect(text(3, 7)).toBe('row2row3row4outro');
  });

  it('ends a sheet at the first item below its box', () => {
    const blocks = [para('intro'), list('row', 5)];
    const box = measured(blocks, 0, 6, [20, 40, 60, 90, 110, 130]);
    expect(breakIn(box, blocks, 0)).toBe(4);
  });

  it('keeps a heading with the block after it', () => {
    const blocks = [para('intro'), para('Changes', true), list('row', 3)];
    const box = measured(blocks, 0, 5, [40, 80, 110, 130, 150]);
    expect(breakIn(box, blocks, 0)).toBe(1);
  });

  it('moves the last item on when everything is inside but the sheet still overflows', () => {
    const blocks = [para('intro'), list('row', 3)];
    expect(breakIn(measured(blocks, 0, 4, [20, 40, 60, 90]), blocks, 0)).toBe(3);
  });

  it('leaves the items where they are when the overflow is not the box’s (the map column’s)', () => {
    const blocks = [para('intro'), list('row', 3)];
    expect(breakIn(measured(blocks, 0, 4, [20, 40, 60, 90], {over: 0}), blocks, 0)).toBeNull();
  });

  it('cannot help a sheet whose first item alone does not fit (the sheet says it is cut)', () => {
    const blocks = [list('row', 3)];
    expect(breakIn(measured(blocks, 1, 3, [150, 170]), blocks, 1)).toBeNull();
  });
});
