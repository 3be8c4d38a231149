// How the board pack's "Regions at a glance" options fall onto A4 sheets: by the height their
// bars take, not by a fixed count, so an option with 20 regions never runs off its sheet, and
// one with more bars than a sheet holds (42 ICBs) continues on the next (issue 21, fault 1).
// The bars are SVG rows of a fixed height (bar-layout.ts), so their height does not depend on
// the fonts; the text around them may wrap, which the sheet's fit (use-fit-sheet.ts) absorbs.

/** Height on a sheet under its header (A4 landscape at 96 px per inch, less padding and the
 * header's two lines), in CSS px. */
export const SHEET_ROOM = 650;
/** An option's block: heading, chart caption, the marker's room and the gaps, plus 20 px per
 * region row (dense bars, bar-layout.ts). */
export const blockHeight = (regions: number) => 62 + 20 * regions;
/** The most bars one block can hold on a sheet of its own (29). */
export const BARS_PER_SHEET = Math.floor((SHEET_ROOM - blockHeight(0)) / 20);
/** The fewest bars worth starting an option with at the foot of a sheet. */
const FEWEST_BARS = 5;

/** An option's bars [from, to) (in each chart's own order) on one sheet; from > 0: continued. */
export interface GlancePart<O> {
  option: O;
  from: number;
  to: number;
}

/** Options in order, as few sheets as fit: a new sheet starts when the next block would not
 * fit. An option with more bars than a sheet holds fills what is left of the sheet (if five
 * bars fit) and continues on the next; every bar of every option is on exactly one sheet. */
export function glanceSheets<O extends {regions: readonly unknown[]}>(
  options: readonly O[],
): GlancePart<O>[][] {
  const sheets: GlancePart<O>[][] = [];
  let used = Infinity;
  const place = (part: GlancePart<O>) => {
    sheets[sheets.length - 1]!.push(part);
    used += blockHeight(part.to - part.from);
  };
  for (const option of options) {
    const n = option.regions.length;
    let from = 0;
    let done = false;
    // Each pass places bars or starts a sheet, and a new sheet takes BARS_PER_SHEET (≥ 5) bars,
    // so this ends.
    do {
      const left = n - from;
      const here = Math.floor((SHEET_ROOM - used - blockHeight(0)) / 20);
      if (used + blockHeight(left) <= SHEET_ROOM) {
        place({option, from, to: n});
        done = true;
      } else if (left > BARS_PER_SHEET && here >= FEWEST_BARS) {
        place({option, from, to: from + here});
        from += here;
      } else {
        sheets.push([]);
        used = 0;
      }
    } while (!done);
  }
  return sheets;
}
