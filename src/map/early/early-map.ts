// The prerendered map answers before the app's code arrives (issue 21): a hover outlines the
// area (its name is the path's <title>, which the browser shows), a click outlines it as
// selected, and the map's keys are kept. Every click and key is queued on the window and
// applied by the app when it takes over the map (early-takeover.ts), so none is lost. The boot
// (src/boot.ts) starts it: it loads with the first paint, so it imports nothing.

/** What the user did on the prerendered map, in order: a click on an area (`code`) or on the
 * sea (null), or one of the map's keys pressed while the map had focus. */
export type EarlyMapInput =
  {kind: 'click'; code: string | null} | {kind: 'key'; key: string; shiftKey: boolean};

export interface EarlyMapQueue {
  inputs: EarlyMapInput[];
  /** Whether the prerendered map had keyboard focus (the app's map box takes it over). */
  focused: boolean;
  /** Set by the app when it takes over: from then on nothing is queued. */
  taken: boolean;
}

/** The window property the queue lives on, shared by this script and the app. */
// Not a __footprint… name: those are the test hooks (test-hooks.ts), present only under automation.
export const EARLY_QUEUE = '__fpEarlyMapQueue';

/** The keys listenForMapKeys (keyboard.ts) acts on. */
const MAP_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  '+',
  '=',
  '-',
  '_',
  '0',
  'Enter',
  'Escape',
  '?',
]);
const SVG = 'http://www.w3.org/2000/svg';

/** The areas' layer of the map in the map box `host`, if any. */
const areasIn = (host: HTMLElement) => host.querySelector('svg.fp-svgmap g[data-layer="areas"]');

/** Starts answering on the prerendered map in `doc` (none: does nothing). */
export function startEarlyMap(doc: Document = document): void {
  const host = doc.querySelector<HTMLElement>('.fp-prerender .fp-map');
  if (!host || !areasIn(host)) return;
  const queue: EarlyMapQueue = {inputs: [], focused: false, taken: false};
  (window as unknown as Record<string, EarlyMapQueue>)[EARLY_QUEUE] = queue;
  const layer = doc.createElementNS(SVG, 'g');
  layer.setAttribute('data-layer', 'highlights');
  layer.setAttribute('pointer-events', 'none');
  // The map in the box can change once: a link to another geography gets that geography's
  // fragment in place of the HTML's map (first-paint.js). So the areas are looked up on use.
  const onMap = () => {
    const areas = areasIn(host);
    if (areas && layer.previousElementSibling !== areas) areas.after(layer);
    return areas;
  };
  onMap();
  const status = host.parentElement?.querySelector('.fp-early-status');

  /** Outlines the area `code` as `kind` (focused: hovered; selected: clicked), or none. */
  const outline = (kind: 'focused' | 'selected', code: string | null) => {
    const areas = onMap();
    layer.querySelector(`[data-${kind}]`)?.remove();
    const area = code && areas?.querySelector(`path[data-code="${code}"]`);
    if (!area) return;
    const path = doc.createElementNS(SVG, 'path');
    path.setAttribute('d', area.getAttribute('d') ?? '');
    path.setAttribute(`data-${kind}`, code);
    path.setAttribute('class', `fp-early-${kind}`);
    path.setAttribute('vector-effect', 'non-scaling-stroke');
    // Selected under focused, as on the live map.
    if (kind === 'selected') layer.prepend(path);
    else layer.append(path);
  };
  const codeAt = (target: EventTarget | null) =>
    target instanceof Element
      ? (target.closest('path[data-code]')?.getAttribute('data-code') ?? null)
      : null;

  host.addEventListener('pointermove', (e) => queue.taken || outline('focused', codeAt(e.target)));
  host.addEventListener('pointerleave', () => queue.taken || outline('focused', null));
  host.addEventListener('click', (e) => {
    if (queue.taken) return;
    const code = codeAt(e.target);
    // A click on a region's name is not an area's: leave it (the app does not select on it yet).
    if (!code && e.target instanceof Element && e.target.closest('text')) return;
    queue.inputs.push({kind: 'click', code});
    outline('selected', code);
  });
  host.addEventListener('keydown', (e) => {
    if (
      queue.taken ||
      e.target !== host ||
      e.ctrlKey ||
      e.metaKey ||
      e.altKey ||
      !MAP_KEYS.has(e.key)
    )
      return;
    queue.inputs.push({kind: 'key', key: e.key, shiftKey: e.shiftKey});
    if (status) status.textContent = 'The map is still loading: your keys will act in a moment.';
    e.preventDefault();
  });
  host.addEventListener('focus', () => (queue.focused = true));
  // The app removing this map blurs it too: only a blur that leaves it on the page counts.
  host.addEventListener('blur', () =>
    setTimeout(() => host.isConnected && (queue.focused = false)),
  );
}
