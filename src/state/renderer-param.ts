// The `renderer=svg|webgl` link parameter on its own: the map module (renderer-choice.ts) reads
// it without the rest of the link's parameters (and their zod schemas).
import {quote} from './quote';

export const RENDERERS = ['svg', 'webgl'] as const;
export type RendererName = (typeof RENDERERS)[number];

/** `renderer=svg|webgl`, case-insensitive; null when absent or not valid (with a message). */
export function readRenderer(params: URLSearchParams): {renderer: RendererName | null; messages: string[]} {
  const raw = params.get('renderer');
  if (raw === null) return {renderer: null, messages: []};
  const found = RENDERERS.find((r) => r === raw.toLowerCase());
  if (found) return {renderer: found, messages: []};
  return {renderer: null, messages: [`Map renderer ${quote(raw)} is not valid — use svg or webgl`]};
}
