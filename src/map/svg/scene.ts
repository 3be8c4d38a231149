// Everything the SVG map draws, as one plain value: the SVG view keeps it, changes it on each
// MapView call and renders it with React. The prerendered first paint is a Scene too. Below it,
// the helpers that make one scene from another (a view as a transform, the areas to fade).
import {toWorld, type WorldView} from '../../domain/projection';
import {areasChangingColour} from '../../domain/options';
import type {BoundaryOption, RegionId, AreaCode} from '../../domain/types';
import type {
  PartShapes,
  PartVisibility,
  ChangedArea,
  FlowDrawing,
  PartGeometry,
  TooltipContent,
} from '../map-view';

/** screen = world · k + (x, y), in CSS pixels (d3-zoom's transform). */
export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

export interface Scene {
  option: BoundaryOption | null;
  focused: AreaCode | null;
  tooltip: {anchor: [number, number]; content: TooltipContent} | null;
  selected: AreaCode | null;
  region: RegionId | null;
  changes: ChangedArea[];
  parts: {shapes: PartShapes; visible: PartVisibility} | null;
  flows: FlowDrawing | null;
  /** The parts, once an option moves some (split areas are drawn part by part); null before. */
  splitParts: PartGeometry | null;
  highlightedFlow: string | null;
  /** areas fading from their old colour after an option switch (none under reduced motion). */
  fading: AreaCode[];
  transform: ZoomTransform;
  /** The map's box in CSS pixels; null when prerendering (the size is not known at build time). */
  size: {width: number; height: number} | null;
  /** False while the WebGL map is shown instead: nothing is drawn (one map in the page). */
  active: boolean;
}

export const EMPTY_SCENE: Scene = {
  option: null,
  focused: null,
  tooltip: null,
  selected: null,
  region: null,
  changes: [],
  parts: null,
  flows: null,
  splitParts: null,
  highlightedFlow: null,
  fading: [],
  transform: {k: 1, x: 0, y: 0},
  size: null,
  active: true,
};

/** Whether `patch` (not empty) changes nothing in `scene`: `size` and `transform` compared by
 * their numbers (a resize or zoom to where the map already is), every other value by identity.
 * An empty patch is a change (a redraw asked for, e.g. new handlers). */
export function sameScene(scene: Scene, patch: Partial<Scene>): boolean {
  const keys = Object.keys(patch) as (keyof Scene)[];
  return (
    keys.length > 0 &&
    keys.every((k) =>
      k === 'size' || k === 'transform'
        ? sameNumbers(scene[k], patch[k])
        : Object.is(scene[k], patch[k]),
    )
  );
}

/** Two sizes or two transforms (or nulls) with the same numbers. */
function sameNumbers(a: object | null | undefined, b: object | null | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
}

/** The zoom transform that shows `view` in a box of `size` CSS pixels. */
export function transformOf(view: WorldView, size: {width: number; height: number}): ZoomTransform {
  const k = 2 ** view.zoom;
  const [cx, cy] = toWorld(view.center);
  return {k, x: size.width / 2 - cx * k, y: size.height / 2 - cy * k};
}

/** areas whose colour changes between two options, to fade; none under reduced motion. */
export function fadingBetween(
  before: BoundaryOption | null,
  next: BoundaryOption,
  areas: readonly {code: AreaCode}[],
): AreaCode[] {
  if (
    !before ||
    before === next ||
    typeof window === 'undefined' ||
    window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  )
    return [];
  return areasChangingColour(before, next, areas).map((s) => s.code);
}
