// The app takes the map over from the prerendered map's early script (early-map.ts): what the
// user clicked and pressed before the app's code arrived is applied, in order, so nothing is lost.
import type {AreaCode} from '../../domain/types';
import {EARLY_QUEUE, type EarlyMapQueue} from './early-map';

/**
 * Stops the early script and applies its queue: each click through `click` (the map's own
 * click handler: select the area, or paint it in the builder), each key as a keydown on `box`
 * (the map box, whose key listener must already be attached). If the prerendered map had
 * focus, `box` gets it. Does nothing when no early script ran (the dev server, an old page).
 */
export function takeOverEarlyMap(box: HTMLElement, click: (code: AreaCode | null) => void): void {
  const queue = (window as unknown as Record<string, EarlyMapQueue | undefined>)[EARLY_QUEUE];
  if (!queue || queue.taken) return;
  queue.taken = true;
  if (queue.focused) box.focus();
  for (const input of queue.inputs.splice(0)) {
    if (input.kind === 'click') click(input.code);
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
