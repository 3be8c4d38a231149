// The browser's storage areas, where a page may touch them at all: in some sandboxed frames
// (an embed without allow-same-origin) even reading `window.localStorage` throws.

/** `window[kind]` (localStorage: kept between visits; sessionStorage: this tab, kept over a
 * reload), or null where touching it throws. */
export function browserStorage(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return window[kind];
  } catch {
    return null;
  }
}
