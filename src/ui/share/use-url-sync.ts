import {useCallback, useLayoutEffect, useState} from 'react';
import type {FootprintData} from '../../data/load';
import {startUrlSync} from '../../state/url-sync';

/** Applies the link once the data is known (before the first paint, so no default view
 * flashes up), keeps the link in step after that, and returns what the link got wrong. */
export function useUrlSync(data: FootprintData): {messages: string[]; dismiss(): void} {
  const [messages, setMessages] = useState<string[]>([]);
  useLayoutEffect(
    () =>
      startUrlSync(
        data.options,
        data.stps.map((s) => s.code),
        {onMessages: setMessages},
      ),
    [data],
  );
  const dismiss = useCallback(() => setMessages([]), []);
  return {messages, dismiss};
}
