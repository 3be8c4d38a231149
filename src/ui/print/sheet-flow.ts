// How a board-pack option's facts flow over A4 sheets (issue 21, fault 1): its content is a
// list of blocks, each a table's rows or a list's items (which may continue on the next sheet)
// or a paragraph kept whole. Sheets hold consecutive items; where one sheet ends is measured in
// the browser (breakIn), so it holds whatever fonts the text is set in and however it wraps.
import {createElement, Fragment, type ReactNode} from 'react';

/** The attributes that let breakIn find a block (on its root element) and its items (on each
 * row or list item; a block kept whole carries both on its root). */
export interface FlowMarks {
  'data-flow-block': number;
}

/** Part of an option's facts: `size` items (table rows, list items; 1 for a block kept
 * whole) drawn by `render(from, to, marks)` for its items [from, to) (from > 0: continued
 * from the sheet before). Every item's element carries `data-flow-item={i}`, i counted from the
 * block's first item. */
export interface FlowBlock {
  key: string;
  size: number;
  /** A heading: never left at the foot of a sheet without the block after it. */
  keepWithNext?: boolean;
  render: (from: number, to: number, marks: FlowMarks) => ReactNode;
}

/** A block kept whole, drawn by `render` with its marks spread on its root element. */
export function wholeBlock(
  key: string,
  render: (marks: FlowMarks & {'data-flow-item': number}) => ReactNode,
  keepWithNext = false,
): FlowBlock {
  return {
    key,
    size: 1,
    keepWithNext,
    render: (_f, _t, marks) => render({...marks, 'data-flow-item': 0}),
  };
}

/** Each block's first position among all the items, then the number of items. */
export function blockStarts(blocks: readonly FlowBlock[]): number[] {
  const starts = [0];
  for (const b of blocks) starts.push(starts[starts.length - 1]! + b.size);
  return starts;
}

/** The sheets' item ranges [from, to) when sheets end at `breaks` (ascending positions). */
export function sheetRanges(total: number, breaks: readonly number[]): [number, number][] {
  const ends = [...breaks.filter((b) => b > 0 && b < total), total];
  return ends.map((end, k) => [k === 0 ? 0 : ends[k - 1]!, end]);
}

/** The blocks drawn on the sheet holding items [from, to): each block's part of that range. */
export function sheetContent(blocks: readonly FlowBlock[], from: number, to: number): ReactNode[] {
  const starts = blockStarts(blocks);
  return blocks.flatMap((block, b) => {
    const [start, end] = [Math.max(from, starts[b]!), Math.min(to, starts[b + 1]!)];
    if (start >= end) return [];
    const node = block.render(start - starts[b]!, end - starts[b]!, {'data-flow-block': b});
    return [createElement(Fragment, {key: block.key}, node)];
  });
}

/**
 * Where the sheet whose flow box is `box` and whose first item is `start` should end, for
 * everything on it to fit: the position of the first item ending below the box (an item is
 * kept whole); when every item is inside but the sheet still overflows (a margin past its foot),
 * the last item on it, but only when the box itself runs over (a map column or a too-wide row
 * elsewhere is not helped by moving items on: each render would move one more, down to one). A
 * heading kept with the next block moves with it. Null when no break can help (the sheet's first
 * item alone does not fit, or the overflow is not the box's: the sheet says it is cut, SheetCut).
 */
export function breakIn(
  box: HTMLElement,
  blocks: readonly FlowBlock[],
  start: number,
): number | null {
  const starts = blockStarts(blocks);
  const limit = box.getBoundingClientRect().bottom + 0.5;
  const items = [...box.querySelectorAll<HTMLElement>('[data-flow-item]')].map((el) => {
    const block = Number(el.closest<HTMLElement>('[data-flow-block]')?.dataset.flowBlock);
    return {
      at: starts[block]! + Number(el.dataset.flowItem),
      bottom: el.getBoundingClientRect().bottom,
    };
  });
  if (items.length === 0) return null;
  const below = items.find((i) => i.bottom > limit);
  if (!below && box.scrollHeight <= box.clientHeight + 1) return null;
  let end = (below ?? items[items.length - 1]!).at;
  // A heading is not left alone at the foot of the sheet.
  const b = starts.indexOf(end);
  if (b > 0 && blocks[b - 1]!.keepWithNext && starts[b - 1]! > start) end = starts[b - 1]!;
  return end > start ? end : null;
}
