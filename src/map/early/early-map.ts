// The prerendered map answers before the app's code arrives (issue 21): a hover outlines the
// area (its name is the path's <title>, which the browser shows), a click outlines it as
// selected, Shift+arrows move between areas as the app's do (early-keys.ts), and a click on a
// region's name is kept. Every click and key is queued on the window and applied by the app
// when it takes over the map (early-takeover.ts), so none is lost. The boot (src/boot.ts)
// starts it: it loads with the first paint, so it imports only what imports nothing.
import {EARLY_QUEUE} from '../window-names';
import {earlyKeys} from './early-keys';
import type {EarlyMapMarks, EarlyMapQueue} from './early-types';

const SVG = 'http://www.w3.org/2000/svg';

/** The areas' layer of the map in the map box `host`, if any. */
const areasIn = (host: HTMLElement) => host.querySelector('svg.fp-svgmap g[data-layer="areas"]');

/** Starts answering on the prerendered map in `doc` (none: does nothing). */
export function startEarlyMap(doc: Document = document): void {
  const host = doc.querySelector<HTMLElement>('.fp-prerender .fp-map');
  if (!host || !areasIn(host)) return;
  const queue: EarlyMapQueue = {inputs: [], focused: false, taken: false};
  (window as unknown as Record<string, EarlyMapQueue>)[EARLY_QUEUE] = queue;
  // The map in the box can change once: a link to another geography gets that geography's
  // map in place of the HTML's (first-paint-geography.js), so the areas are looked up on use.
  const marks = drawMarks(doc, host, () => areasIn(host));
  const codeAt = (target: EventTarget | null) =>
    target instanceof Element
      ? (target.closest('path[data-code]')?.getAttribute('data-code') ?? null)
      : null;

  host.addEventListener(
    'pointermove',
    (e) => queue.taken || marks.outline('focused', codeAt(e.target)),
  );
  host.addEventListener('pointerleave', () => queue.taken || marks.outline('focused', null));
  host.addEventListener('click', (e) => {
    if (queue.taken) return;
    const name = e.target instanceof Element ? e.target.closest('text') : null;
    if (name) {
      // A region's name selects the region (the app's onRegionClick); other text is no area's.
      const region = name.getAttribute('data-region-id');
      if (!region) return;
      queue.inputs.push({kind: 'region', region});
      marks.outline('selected', null);
      marks.say('The map is still loading: the region will show in a moment.');
      return;
    }
    const code = codeAt(e.target);
    queue.inputs.push({kind: 'click', code});
    marks.outline('selected', code);
  });
  host.addEventListener('keydown', (e) => {
    if (queue.taken || e.target !== host || e.ctrlKey || e.metaKey || e.altKey) return;
    const areas = areasIn(host);
    if (areas && earlyKeys(e.key, e.shiftKey, areas, marks, queue.inputs)) e.preventDefault();
  });
  host.addEventListener('focus', () => (queue.focused = true));
  // The app removing this map blurs it too: only a blur that leaves it on the page counts.
  host.addEventListener('blur', () =>
    setTimeout(() => host.isConnected && (queue.focused = false)),
  );
}

/** The early map's outlines (a layer over the areas `areasNow()` finds, as the live map's) and
 * status line. */
function drawMarks(
  doc: Document,
  host: HTMLElement,
  areasNow: () => Element | null,
): EarlyMapMarks {
  const layer = doc.createElementNS(SVG, 'g');
  layer.setAttribute('data-layer', 'highlights');
  layer.setAttribute('pointer-events', 'none');
  const onMap = () => {
    const areas = areasNow();
    if (areas && layer.previousElementSibling !== areas) areas.after(layer);
    return areas;
  };
  onMap();
  const status = host.parentElement?.querySelector('.fp-early-status');
  return {
    outline(kind, code) {
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
    },
    outlined: (kind) => layer.querySelector(`[data-${kind}]`)?.getAttribute(`data-${kind}`) ?? null,
    say(text) {
      if (status) status.textContent = text;
    },
  };
}
