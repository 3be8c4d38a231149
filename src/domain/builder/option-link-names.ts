// The names and titles in a link's user option, cleaned as they are read (option-link-read.ts):
// hidden characters removed, lengths capped, a repeated region name numbered, each change said
// in a message.
import {quote} from '../quote';
import type {Noun, Region} from '../types';
import {LIMITS, sameName, withoutHidden} from './limits';

/** A second region with the same name as an earlier one gets " (2)", " (3)"… */
export function distinctNames(list: Region[], messages: string[], groups: Noun): void {
  for (let i = 1; i < list.length; i++) {
    const region = list[i]!;
    if (!list.slice(0, i).some((r) => sameName(r.name, region.name))) continue;
    const stem = [...region.name].slice(0, LIMITS.regionNameChars - 5).join('');
    let n = 2;
    while (list.some((r) => sameName(r.name, `${stem} (${n})`))) n++;
    messages.push(
      `Two ${groups.many} are called ${quote(region.name)} — the second is now “${stem} (${n})”`,
    );
    list[i] = {...region, name: `${stem} (${n})`};
  }
}

/** A title or name from the link, cleaned: hidden characters removed and length capped, each
 * said in a message; `fallback` when nothing is left. */
export function readText(
  raw: string | null,
  what: string,
  maxChars: number,
  fallback: string,
  messages: string[],
): string {
  const {text, removed} = withoutHidden(raw ?? '');
  const chars = [...text];
  const kept = chars.slice(0, maxChars).join('').trim();
  if (!kept) {
    messages.push(
      raw === null
        ? `${what} is missing — using “${fallback}”`
        : `${what} ${quote(raw)} is empty — using “${fallback}”`,
    );
    return fallback;
  }
  if (removed)
    messages.push(
      `${what} ${quote(kept)} had ${removed} hidden control character${removed > 1 ? 's' : ''} — removed`,
    );
  if (chars.length > maxChars)
    messages.push(`${what} ${quote(kept)} was longer than ${maxChars} characters — shortened`);
  return kept;
}
