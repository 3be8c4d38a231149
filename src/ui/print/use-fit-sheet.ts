// Every board-pack sheet fits what it carries (issue 21, fault 1): after layout, a sheet whose
// content runs past its edges, or past a box that clips (overflow hidden), is drawn smaller, in
// steps, down to a legible floor (MIN_FIT: 9.5 pt body text at 0.8 is 7.6 pt). A sheet that
// still does not fit says so on the sheet, in words, rather than losing content silently.
import {useLayoutEffect, useRef, useState, type RefObject} from 'react';

export const MIN_FIT = 0.8;
const STEP = 0.05;

/** Whether `sheet` or a clipping box inside it holds more than it shows (1 px of rounding
 * allowed); visually hidden text (1 px boxes on purpose) does not count. */
export function sheetOverflows(sheet: HTMLElement): boolean {
  const boxes = [sheet, ...sheet.querySelectorAll<HTMLElement>('*')];
  return boxes.some((el) => {
    if (el.closest('.fp-visually-hidden')) return false;
    const {overflowX, overflowY} = getComputedStyle(el);
    const clipsY = el === sheet || overflowY !== 'visible';
    const clipsX = el === sheet || overflowX !== 'visible';
    return (
      (clipsY && el.scrollHeight > el.clientHeight + 1) ||
      (clipsX && el.scrollWidth > el.clientWidth + 1)
    );
  });
}

/** A ref for the sheet (its children are drawn at `--fp-fit`, print.scss) and whether it still
 * overflows at MIN_FIT. Refitted after every render (a new baseline changes the content). */
export function useFitSheet(): {ref: RefObject<HTMLElement | null>; cut: boolean} {
  const ref = useRef<HTMLElement>(null);
  const [cut, setCut] = useState(false);
  // No dependencies on purpose: any render can change what the sheet holds. setCut runs only
  // when the answer changes, and the notice it adds cannot make a sheet fit, so it settles.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const sheet = ref.current;
    if (!sheet) return;
    let fit = 1;
    sheet.style.setProperty('--fp-fit', '1');
    while (sheetOverflows(sheet) && fit - STEP >= MIN_FIT - 1e-9) {
      fit = Math.round((fit - STEP) * 100) / 100;
      sheet.style.setProperty('--fp-fit', String(fit));
    }
    sheet.dataset.fit = String(fit);
    const still = sheetOverflows(sheet);
    if (still !== cut) setCut(still);
  });
  return {ref, cut};
}
