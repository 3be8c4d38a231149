// Work that must follow a change soon but need not be in the change's frame: run it just after
// the next frame has been drawn, so the frame shows the change without waiting for it.

/** How long to wait for a frame before running anyway, ms: a hidden tab draws no frames. */
const NO_FRAME_MS = 100;

/** Runs `fn` once, in a task after the next frame has been drawn (requestAnimationFrame, then a
 * timer), or after NO_FRAME_MS where no frame comes. Returns a function that cancels it. */
export function afterNextPaint(fn: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    fn();
  };
  const fallback = setTimeout(run, NO_FRAME_MS);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  return () => {
    done = true;
    clearTimeout(fallback);
  };
}
