// How a group's name may be written on the map (issue 20: long names ran across their
// neighbours): the whole name on one line first, then without its bracketed notes, then that
// broken into two or three lines at spaces. The layout (label-layout.ts) takes the first way that
// fits inside the group; the full name always stays in the tooltip, the legend and the words.

/** The most lines a name is broken into: more would be a paragraph, not a label. */
const MAX_LINES = 3;

/** `name` without bracketed notes ("Dorset cluster (not confirmed)" → "Dorset cluster"), spaces
 * tidied; the name itself when nothing would be left. */
export function shortLabel(name: string): string {
  const short = name
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return short || name;
}

/** The ways to write `name` on the map, in the order tried: each a list of lines (one line
 * first). Lines break at spaces only, as evenly as the words allow; duplicates are left out. */
export function labelTextChoices(name: string): string[][] {
  const short = shortLabel(name);
  const choices: string[][] = [[name]];
  if (short !== name) choices.push([short]);
  for (let n = 2; n <= MAX_LINES; n++) {
    const lines = breakInto(short, n);
    if (lines.length === n) choices.push(lines);
  }
  return choices;
}

/** `text` broken at spaces into `n` lines whose longest is as short as possible (fewer lines
 * when there are fewer words). Exhaustive over break points: names have a dozen words at most. */
function breakInto(text: string, n: number): string[] {
  const words = text.split(' ');
  if (words.length < n) return [text];
  let best: string[] = [text];
  let bestWidth = Infinity;
  const visit = (start: number, left: number, lines: string[]) => {
    if (left === 1) {
      const all = [...lines, words.slice(start).join(' ')];
      const width = Math.max(...all.map((l) => l.length));
      if (width < bestWidth) [best, bestWidth] = [all, width];
      return;
    }
    for (let end = start + 1; end <= words.length - (left - 1); end++)
      visit(end, left - 1, [...lines, words.slice(start, end).join(' ')]);
  };
  visit(0, n, []);
  return best;
}
