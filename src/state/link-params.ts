// Which query parameters a page reads, and what it says about the rest. A link is often
// typed or edited by hand: a misspelt name must not silently open a different view, so every
// parameter the page does not read is named in the page's message (with the name it most
// likely meant) and left out of the address the page writes back.
//
// Each page declares its own extra parameters (embed.html: fixed, controls, autoheight;
// board-pack.html: baseline) on top of the ones every page shares.
import {quote} from './quote';
import {SCORECARD_PARAMS} from './thresholds-link';
import {PUBLISHED_WORDS} from '../domain/published-words';
import {GEOGRAPHY_PARAM} from '../data/built-in-geographies';

/** The view's parameters, read and written by url.ts / url-sync.ts. */
export const CHOICE_PARAMS = [
  'option',
  'compare',
  PUBLISHED_WORDS.areaParam,
  'region',
  'flows',
  'min',
  'top',
  'cross',
  'dir',
  'layers',
  'view',
] as const;

// Which geography a page shows (`geography=`): defined beside the built-in geographies, as the
// start-up prefetch reads it before this module has loaded.
export {GEOGRAPHY_PARAM};

/** How each map layer is written in `layers=`: the finer units' layer keeps the word links
 * have carried since 2018 (a published word), so every link made so far opens as it did. */
export const LAYER_WORDS = {parts: PUBLISHED_WORDS.partsLayer} as const;

/** Read on every page: the geography, and which map renderer to use (chosen by the map module). */
export const SHARED_PARAMS = [GEOGRAPHY_PARAM, 'renderer'] as const;

export const RENDERERS = ['svg', 'webgl'] as const;
export type RendererName = (typeof RENDERERS)[number];

/** Every parameter a page with these extra parameters reads (plus the shared ones). */
export function pageParamNames(pageParams: readonly string[]): string[] {
  return [...SHARED_PARAMS, ...pageParams];
}

/** The view pages (app, embed): the view's parameters, the scorecard's (thresholds-link.ts),
 * the shared ones and `extra`. */
export function viewPageParams(extra: readonly string[] = []): string[] {
  return pageParamNames([...CHOICE_PARAMS, ...SCORECARD_PARAMS, ...extra]);
}

/** `renderer=svg|webgl`, case-insensitive; null when absent or not valid (with a message). */
export function readRenderer(params: URLSearchParams): {
  renderer: RendererName | null;
  messages: string[];
} {
  const raw = params.get('renderer');
  if (raw === null) return {renderer: null, messages: []};
  const found = RENDERERS.find((r) => r === raw.toLowerCase());
  if (found) return {renderer: found, messages: []};
  return {renderer: null, messages: [`Map renderer ${quote(raw)} is not valid — use svg or webgl`]};
}

/**
 * Messages for every part of `params` the page does not use: a name not in `known` (with a
 * suggestion when one is close) and a known name given more than once (the first counts).
 * Names are matched exactly: `Option=x` is reported, with "did you mean option?".
 */
export function unusedParamMessages(params: URLSearchParams, known: readonly string[]): string[] {
  const messages: string[] = [];
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const name of params.keys()) {
    if (reported.has(name)) continue;
    if (!known.includes(name)) {
      reported.add(name);
      const near = closestName(name, known);
      messages.push(
        `Unknown setting ${quote(name || '(empty)')} — ${near ? `did you mean ${near}?` : 'ignored'}`,
      );
    } else if (seen.has(name)) {
      reported.add(name);
      messages.push(`The link gives ${name} more than once — using the first`);
    }
    seen.add(name);
  }
  return messages;
}

/** `params` without the parts unusedParamMessages reports (unknown names, repeats) and
 * without a renderer that is not valid. */
export function usedParams(params: URLSearchParams, known: readonly string[]): URLSearchParams {
  const kept = new URLSearchParams();
  for (const [name, value] of params)
    if (known.includes(name) && !kept.has(name)) kept.set(name, value);
  const renderer = readRenderer(kept).renderer;
  if (renderer) kept.set('renderer', renderer);
  else kept.delete('renderer');
  return kept;
}

/** The known name a typo most likely meant: same letters in another case, or at most one
 * edit (two for longer names) away, counting a swap of neighbours as one edit. */
export function closestName(name: string, known: readonly string[]): string | null {
  const lower = name.toLowerCase();
  if (lower.length > 40) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const limit = candidate.length > 5 ? 2 : 1;
    const distance = editDistance(lower, candidate);
    if (distance <= limit && distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({length: a.length + 1}, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
