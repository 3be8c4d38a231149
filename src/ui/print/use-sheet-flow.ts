// Breaks an option's facts into as many A4 sheets as they need (sheet-flow.ts), by measuring
// each sheet after it has been laid out and drawn as small as it may be (use-fit-sheet.ts).
import {useLayoutEffect, useRef, useState} from 'react';
import {blockStarts, breakIn, sheetRanges, type FlowBlock} from './sheet-flow';
import {sheetOverflows} from './use-fit-sheet';

/**
 * The item ranges [from, to) of the sheets `blocks` need, and a ref for each sheet's <section>
 * (its flow box is the element inside marked `data-flow-box`). After every render, the first
 * sheet that still overflows at the smallest legible size (its own fit runs first: children's
 * layout effects run before this one) ends earlier, and the rest go on a further sheet; React
 * renders again before painting, so the sheets settle before anything is shown or printed.
 * `content` names what the blocks show (the baseline): a new one starts again from one sheet.
 */
export function useSheetFlow(blocks: readonly FlowBlock[], content: string) {
  const total = blockStarts(blocks)[blocks.length]!;
  const [plan, setPlan] = useState<{content: string; breaks: number[]}>({content, breaks: []});
  const breaks = plan.content === content ? plan.breaks : [];
  const ranges = sheetRanges(total, breaks);
  const sheets = useRef(new Map<number, HTMLElement>());
  // No dependencies on purpose, as useFitSheet: any render can change what a sheet holds. Each
  // new break ends a sheet strictly earlier, so this settles.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    for (const [k, [from]] of ranges.entries()) {
      const sheet = sheets.current.get(k);
      const box = sheet?.querySelector<HTMLElement>('[data-flow-box]');
      if (!sheet || !box || !sheetOverflows(sheet)) continue;
      const end = breakIn(box, blocks, from);
      if (end === null) continue;
      setPlan({content, breaks: [...ranges.slice(1, k + 1).map(([f]) => f), end]});
      return;
    }
  });
  const sheetRef = (k: number) => (el: HTMLElement | null) => {
    if (el) sheets.current.set(k, el);
    else sheets.current.delete(k);
  };
  return {ranges, sheetRef};
}
