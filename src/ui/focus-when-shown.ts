// Focus an element that a later render brings (the builder's move form comes back in the render
// after an accepted step's first: src/ui/builder/PreviewCard.tsx). Waits by frames, not by a
// count of them: a slow or busy machine may draw many frames before that render.
/** Focus the element `id` at the next frame, or at a later one if it is not in the page yet (the
 * move form comes back in the render after the step's first, MoveMenu.tsx, which a slow or busy
 * machine may put many frames later); gives up after `withinMs` ms (a form that never returns). */
export function focusWhenShown(
  id: string,
  withinMs = 3000,
  until = performance.now() + withinMs,
): void {
  requestAnimationFrame((now) => {
    const element = document.getElementById(id);
    if (element) element.focus();
    else if (now < until) focusWhenShown(id, withinMs, until);
  });
}
