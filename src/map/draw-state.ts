// Whether a renderer has drawn the latest change, as a value with listeners: the renderer-neutral
// signal behind MapView's drawState/onDrawState. connect.ts swaps the WebGL map in, and mirrors
// its state onto the map box for the browser tests, from this, not from a DOM attribute.
import type {DrawState, MapView} from './map-view';

export class DrawStateSignal {
  private listeners = new Set<(state: DrawState) => void>();

  constructor(private state: DrawState) {}

  get(): DrawState {
    return this.state;
  }

  /** Tells the listeners only when the state changes (a repaint asked for while busy is no news). */
  set(state: DrawState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of [...this.listeners]) listener(state);
  }

  /** Returns the unsubscribe. */
  subscribe(listener: (state: DrawState) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}

/** Calls `then` once `view` has drawn everything asked of it (now, if it already has). Returns
 * a function that stops waiting. */
export function whenIdle(
  view: Pick<MapView, 'drawState' | 'onDrawState'>,
  then: () => void,
): () => void {
  if (view.drawState() === 'idle') {
    then();
    return () => undefined;
  }
  const stop = view.onDrawState((state) => {
    if (state !== 'idle') return;
    stop();
    then();
  });
  return stop;
}
