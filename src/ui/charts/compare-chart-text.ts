// The comparison chart's words, generated from its rows so they are always true to them: the
// one-sentence point under the title, and the notes that name renames and shared colours.
import {listJoin} from '../../domain/summary';
import {PATTERN_WORDS} from './patterns';
import {REGION_NOUN, type CompareChartRow} from './compare-chart-data';
import {countOf, type Noun} from '../../domain/geography';

const isZero = (text: string) => /^0( pts)?$/.test(text);

/**
 * e.g. "2 of 7 regions in both options change; the largest change is Midlands, +730,650. North
 * West is new in B; North of England is only in A." `missing` is what the rows say for no figure;
 * `groups` what A and B call their groups (groupNounOfAll: "2 of 36 ICBs"), "region" by default.
 */
export function compareChartSummary(
  rows: readonly CompareChartRow[],
  missing: string,
  groups: Noun = REGION_NOUN,
): string {
  const both = rows.filter((r) => r.status === 'kept');
  const known = both.filter((r) => r.a !== null && r.b !== null);
  const sentences: string[] = [];
  if (both.length > 0 && known.length === 0) sentences.push(`The figures are ${missing}.`);
  else if (both.length > 0) {
    const changed = known.filter((r) => !isZero(r.endText));
    if (changed.length === 0) sentences.push(`No ${groups.one} in both options changes.`);
    else {
      const largest = changed.reduce((m, r) =>
        Math.abs(r.b! - r.a!) > Math.abs(m.b! - m.a!) ? r : m,
      );
      const of = `${changed.length} of ${countOf(both.length, groups)} in both options`;
      sentences.push(
        `${of} ${changed.length === 1 ? 'changes' : 'change'}; the largest change is ${largest.label}, ${largest.endText}.`,
      );
    }
  }
  const created = rows.filter((r) => r.status === 'created').map((r) => r.label);
  const removed = rows.filter((r) => r.status === 'removed').map((r) => r.label);
  const parts = [
    created.length ? `${listJoin(created)} ${created.length === 1 ? 'is' : 'are'} new in B` : '',
    removed.length ? `${listJoin(removed)} ${removed.length === 1 ? 'is' : 'are'} only in A` : '',
  ].filter(Boolean);
  if (parts.length) sentences.push(`${parts.join('; ')}.`);
  return sentences.join(' ');
}

/** Notes under the key: renames, and which rows share a colour and how they are told apart,
 * e.g. "Midlands and East of England (hatched) has the same colour as Midlands." */
export function compareChartNotes(rows: readonly CompareChartRow[]): string[] {
  const notes: string[] = [];
  for (const r of rows) if (r.renamedFrom) notes.push(`${r.label} was ${r.renamedFrom} in A.`);
  for (const r of rows) {
    if (!r.fill.pattern) continue;
    notes.push(
      `${r.label} (${PATTERN_WORDS[r.fill.pattern]}) has the same colour as ${listJoin(r.sharesColourWith)}.`,
    );
  }
  return notes;
}

/** The region's name with its status, for the text alternative's first column. */
export function rowHeading(r: CompareChartRow): string {
  const notes = [
    r.renamedFrom ? `renamed; was ${r.renamedFrom}` : '',
    r.status === 'created' ? 'new in B' : r.status === 'removed' ? 'only in A' : '',
    r.fill.pattern ? PATTERN_WORDS[r.fill.pattern] : '',
  ].filter(Boolean);
  return notes.length ? `${r.label} (${notes.join('; ')})` : r.label;
}
