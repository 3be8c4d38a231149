import {useCallback, useLayoutEffect, useState} from 'react';
import type {FootprintData} from '../../data/load';
import {startUrlSync} from '../../state/url-sync';
import {allOptions} from '../../state/catalogue';

const NONE: readonly string[] = [];

/** Applies the link once the data is known (before the first paint, so no default view
 * flashes up), keeps the link in step after that, and returns what the link got wrong.
 * `pageParams`: the page's own link parameters besides the view's (see link-params.ts). */
export function useUrlSync(data: FootprintData, pageParams: readonly string[] = NONE): {messages: string[]; dismiss(): void} {
  const [messages, setMessages] = useState<string[]>([]);
  useLayoutEffect(
    () =>
      startUrlSync(
        allOptions(data),
        data.stps.map((s) => s.code),
        {onMessages: setMessages, pageParams},
      ),
    [data, pageParams],
  );
  const dismiss = useCallback(() => setMessages([]), []);
  return {messages, dismiss};
}
