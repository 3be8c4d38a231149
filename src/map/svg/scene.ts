// Everything the SVG map draws, as one plain value: the SVG view keeps it, changes it on each
// MapView call and renders it with React. The prerendered first paint is a Scene too.
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
