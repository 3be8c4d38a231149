// The embed snippet's width and height as typed in the dialog: read with readTypedNumber (so
// "1,000" is 1000, never 1), and whenever the snippet uses another value than the one typed
// (empty, not a number, outside what a page can show), a note says which and why.
import {readTypedNumber} from '../../domain/typed-number';

export const HEIGHT_PX = {min: 200, max: 4000, fallback: 640} as const;

/** The iframe's height in pixels from the typed text, with a note when it is not that text. */
export function embedHeight(text: string): {px: number; note: string | null} {
  const typed = readTypedNumber(text, {whole: true});
  if (!typed.ok)
    return {px: HEIGHT_PX.fallback, note: `${typed.message}; using ${HEIGHT_PX.fallback} pixels`};
  if (typed.value < HEIGHT_PX.min)
    return {
      px: HEIGHT_PX.min,
      note: `${typed.value} is below the smallest height; using ${HEIGHT_PX.min} pixels`,
    };
  if (typed.value > HEIGHT_PX.max)
    return {
      px: HEIGHT_PX.max,
      note: `${typed.value} is above the largest height; using ${HEIGHT_PX.max} pixels`,
    };
  return {px: typed.value, note: typed.note && `${text.trim()} ${typed.note} pixels`};
}

/** The iframe's width ("100%", "640", "640px"), with a note when the text is not used as typed. */
export function embedWidth(text: string): {width: string; note: string | null} {
  const t = text.trim();
  if (/^\d{2,4}(%|px)?$/.test(t)) return {width: t, note: null};
  return {
    width: '100%',
    note: `Use pixels (e.g. 640) or a percentage (e.g. 100%) from 2 to 4 digits; using 100%`,
  };
}
