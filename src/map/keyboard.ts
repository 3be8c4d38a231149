// The map's own keys, the same for both renderers: the map box is one focus stop, and from it
// arrow keys pan, + and − zoom, 0 goes back to England, Shift+arrows move between areas (each
// announced), Enter selects the area, Escape lets it go, and ? (Shift+/) opens the key list.
import type {FootprintData} from '../data/load';
import {areaNeighbours} from '../domain/adjacency';
import {nearestArea, areaInDirection, type Direction} from '../domain/area-navigation';
import type {AreaCode} from '../domain/types';
import {useFootprint} from '../state/store';
import {paintUnit} from '../state/builder-actions';
import {loadedParts} from '../state/part-layer';
import {editedOption, useBuilder} from '../state/builder';
import type {MapView, TooltipContent} from './map-view';

export interface MapKeyCallbacks {
  /** Text for the polite live region (the area reached, or the view). */
  announce(text: string): void;
  toggleHelp(): void;
}

const PAN = 100;
const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};
const PAN_BY: Record<Direction, [number, number]> = {
  up: [0, -PAN],
  down: [0, PAN],
  left: [-PAN, 0],
  right: [PAN, 0],
};

/** Listens for the map's keys on `box` and drives whichever view `current()` returns. */
export function listenForMapKeys(
  box: HTMLElement,
  data: FootprintData,
  current: () => MapView,
  describe: (code: AreaCode) => TooltipContent | null,
  callbacks: MapKeyCallbacks,
): () => void {
  const anchors = new Map(data.areas.map((s) => [s.code, s.anchor]));
  const neighbours = areaNeighbours(data.areaTopology as never);
  const store = useFootprint;
  // In the builder's paint mode Enter moves the area (paintUnit): say that, not "details".
  const enterDoes = () => {
    const {paint} = useBuilder.getState();
    const region =
      paint && editedOption(useBuilder.getState())?.regions.find((r) => r.id === paint);
    return region && store.getState().optionId === editedOption(useBuilder.getState())?.id
      ? `Enter moves it to ${region.name}.`
      : 'Enter shows its details.';
  };
  const say = (code: AreaCode) => {
    const d = describe(code);
    if (d) callbacks.announce(`${d.title}. ${d.lines.join('. ')}. ${enterDoes()}`);
  };
  const onKey = (e: KeyboardEvent) => {
    // Keys typed into a control inside the box (none today) or with a command key are not ours.
    if (e.target !== box || e.ctrlKey || e.metaKey || e.altKey) return;
    const view = current();
    const direction = ARROWS[e.key];
    if (direction && e.shiftKey) {
      const from = store.getState().focusedArea ?? store.getState().selectedArea;
      const to = from
        ? areaInDirection(from, direction, anchors, neighbours)
        : nearestArea(view.viewport().center, anchors);
      if (to) {
        store.getState().focusArea(to);
        say(to);
      } else callbacks.announce(`No ${data.geography.areas.noun.one} further that way.`);
    } else if (direction) view.panBy(...PAN_BY[direction]);
    else if (e.key === '+' || e.key === '=') view.zoomBy(1);
    else if (e.key === '-' || e.key === '_') view.zoomBy(-1);
    else if (e.key === '0') store.getState().setViewport(null);
    else if (e.key === 'Enter' && store.getState().focusedArea) {
      const code = store.getState().focusedArea!;
      if (paintUnit(data, code, loadedParts())) say(code);
      else store.getState().selectArea(code);
    } else if (e.key === 'Escape') store.getState().focusArea(null);
    else if (e.key === '?') callbacks.toggleHelp();
    else return;
    e.preventDefault();
  };
  box.addEventListener('keydown', onKey);
  return () => box.removeEventListener('keydown', onKey);
}
