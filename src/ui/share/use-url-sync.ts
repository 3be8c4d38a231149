import {useCallback, useLayoutEffect, useState} from 'react';
import type {FootprintData} from '../../data/load';
import {startUrlSync} from '../../state/url-sync';
import {loadedParts} from '../../state/part-layer';

const NONE: readonly string[] = [];

/** Applies the link once the data is known (before the first paint, so no default view
 * flashes up), keeps the link in step after that, and returns what the link got wrong.
 * `pageParams`: the page's own link parameters besides the view's (see link-params.ts). */
export function useUrlSync(
  data: FootprintData,
  pageParams: readonly string[] = NONE,
): {messages: string[]; notices: string[]; dismiss(): void} {
  const [messages, setMessages] = useState<string[]>([]);
  const [notices, setNotices] = useState<string[]>([]);
  useLayoutEffect(
    () =>
      // The part layer, loaded first when the link moves parts (use-data.ts), reads its pmove=.
      startUrlSync(
        {...data, parts: loadedParts()},
        {onMessages: setMessages, onNotices: setNotices, pageParams},
      ),
    [data, pageParams],
  );
  const dismiss = useCallback(() => setMessages([]), []);
  return {messages, notices, dismiss};
}
