// The width a chart has to draw in, following its panel (ResizeObserver). Charts lay out in
// pixels from this width, so text stays the same size at 360 px and on a wide screen.
import {useLayoutEffect, useRef, useState} from 'react';

/** Used before the first measurement and where ResizeObserver is missing (jsdom, old browsers). */
export const FALLBACK_WIDTH = 640;

/** [ref for the container, its content width in CSS px, rounded down]. */
export function useChartWidth<E extends HTMLElement>(): [React.RefObject<E | null>, number] {
  const ref = useRef<E | null>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.clientWidth);
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
