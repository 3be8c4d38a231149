// How the board pack's "Regions at a glance" options fall onto A4 sheets: by the height their
// bars take, not by a fixed count, so an option with 20 regions never runs off its sheet.

/** Height on a sheet under its header (A4 landscape at 96 px per inch, less padding and the
 * header's two lines), in CSS px. */
export const SHEET_ROOM = 650;
/** An option's block: heading, chart caption, the marker's room and the gaps, plus 20 px per
 * region row (dense bars, bar-layout.ts). */
export const blockHeight = (regions: number) => 62 + 20 * regions;

/** Options in order, as few sheets as fit: a new sheet starts when the next block would not
 * fit. An option taller than a sheet (never, at the builder's 20 regions) still gets one. */
export function glanceSheets<O extends {regions: readonly unknown[]}>(
  options: readonly O[],
): O[][] {
  const sheets: O[][] = [];
  let used = Infinity;
  for (const option of options) {
    const h = blockHeight(option.regions.length);
    if (used + h > SHEET_ROOM) {
      sheets.push([]);
      used = 0;
    }
    sheets[sheets.length - 1]!.push(option);
    used += h;
  }
  return sheets;
}
