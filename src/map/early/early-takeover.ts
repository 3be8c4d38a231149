// The app takes the map over from the prerendered map's early script (early-map.ts): what the
// user clicked and pressed before the app's code arrived is applied, in order, so nothing is lost.
import type {AreaCode, RegionId} from '../../domain/types';
import type {EarlyMapQueue} from './early-types';
import {EARLY_QUEUE} from '../window-names';

/** How the app applies each early input: the map's own handlers and the store's focus. */
export interface EarlyInputHandlers {
  /** A click on an area (or the sea: null): the map's click handler (select, or paint). */
  click(code: AreaCode | null): void;
  /** A click on a region's name: the map's region handler (select the region). */
  region(region: RegionId): void;
  /** The area the keyboard reached (Shift+arrow), or null: the store's focused area. */
  focus(code: AreaCode | null): void;
}

/**
 * Stops the early script and applies its queue through `handlers` (EarlyInputHandlers), and each
 * key as a keydown on `box` (the map box, whose key listener must already be attached). If the
 * prerendered map had focus, `box` gets it. Does nothing when no early script ran (the dev
 * server, an old page).
 */
export function takeOverEarlyMap(box: HTMLElement, handlers: EarlyInputHandlers): void {
  const queue = (window as unknown as Record<string, EarlyMapQueue | undefined>)[EARLY_QUEUE];
  if (!queue || queue.taken) return;
  queue.taken = true;
  if (queue.focused) box.focus();
  for (const input of queue.inputs.splice(0)) {
    if (input.kind === 'click') handlers.click(input.code);
    else if (input.kind === 'region') handlers.region(input.region);
    else if (input.kind === 'focus') handlers.focus(input.code);
    else
      box.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: input.key,
          shiftKey: input.shiftKey,
          bubbles: true,
          cancelable: true,
        }),
      );
  }
}
