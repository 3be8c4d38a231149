// The map's keys on the prerendered map, before the app's code arrives (early-map.ts). Shift+
// arrows move between areas now, by the app's own choice (area-steps.ts) on the points the
// build wrote into the SVG (scripts/prerender-steps.ts); Enter and Escape show what the app
// will do; every key is queued for the app, so none is lost. Imports only what imports nothing.
import {stepInDirection, type Direction, type FlatPoint} from '../../domain/area-steps';
import type {EarlyMapInput, EarlyMapMarks} from './early-types';
import {STEP_ATTRIBUTES as STEP} from './step-attributes';

/** The keys listenForMapKeys (keyboard.ts) acts on. */
const MAP_KEYS = new Set(['+', '=', '-', '_', '0', 'Enter', 'Escape', '?']);
const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};
const LOADING = 'The map is still loading: your keys will act in a moment.';

/**
 * Acts on `key` pressed on the prerendered map whose areas' <g> is `areas`, and queues it on
 * `inputs`; false when it is not one of the map's keys (left to the browser).
 */
export function earlyKeys(
  key: string,
  shiftKey: boolean,
  areas: Element,
  marks: EarlyMapMarks,
  inputs: EarlyMapInput[],
): boolean {
  const direction = ARROWS[key];
  const start = areas.getAttribute(STEP.start);
  // A page built without the step points (an older build) queues the key for the app instead.
  if (direction && shiftKey && start) {
    // As keyboard.ts: from the focused area, else the selected one, else the map's middle.
    const from = marks.outlined('focused') ?? marks.outlined('selected');
    const {points, neighbours} = readSteps(areas);
    const to = from ? stepInDirection(from, direction, points, neighbours) : start;
    if (!to) return (marks.say('Nothing further that way.'), true);
    marks.outline('focused', to);
    inputs.push({kind: 'focus', code: to});
    marks.say(`${nameOf(areas, to)}. ${LOADING}`);
    return true;
  }
  if (!direction && !MAP_KEYS.has(key)) return false;
  if (key === 'Enter') {
    // The area Enter acts on, even when a hover (never queued) put it there.
    const focused = marks.outlined('focused');
    if (focused) {
      inputs.push({kind: 'focus', code: focused});
      marks.outline('selected', focused);
    }
  } else if (key === 'Escape') {
    marks.outline('focused', null);
  }
  inputs.push({kind: 'key', key, shiftKey});
  marks.say(LOADING);
  return true;
}

/** Each area's point and neighbours, as the build wrote them on its <path> (world pixels at
 * zoom 0; codes): a point that is not two numbers is left out. */
export function readSteps(areas: Element): {
  points: Map<string, FlatPoint>;
  neighbours: Map<string, string[]>;
} {
  const points = new Map<string, FlatPoint>();
  const neighbours = new Map<string, string[]>();
  for (const path of areas.querySelectorAll(`path[data-code][${STEP.point}]`)) {
    const code = path.getAttribute('data-code')!;
    const [x, y] = (path.getAttribute(STEP.point) ?? '').split(' ').map(Number);
    if (Number.isFinite(x) && Number.isFinite(y)) points.set(code, [x!, y!]);
    neighbours.set(code, (path.getAttribute(STEP.neighbours) ?? '').split(' ').filter(Boolean));
  }
  return {points, neighbours};
}

/** The area's name (its path's <title>), or its code. */
function nameOf(areas: Element, code: string): string {
  return areas.querySelector(`path[data-code="${code}"] title`)?.textContent ?? code;
}
