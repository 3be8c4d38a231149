// How every page draws itself: load the data (and the user's saved options), then render the
// page's React tree in one commit, so a prerendered map is replaced by the same map, never by
// a loading message.
import {StrictMode, type ReactElement} from 'react';
import {createRoot} from 'react-dom/client';
import {fetchDataState, type DataState} from './use-data';

/** Renders `page(initial)` into #root once the data has loaded (or failed: `initial` then
 * carries the message). `persistOptions`: see fetchDataState. */
export function renderPageWhenLoaded(
  page: (initial: DataState) => ReactElement,
  persistOptions = false,
): void {
  void fetchDataState(persistOptions).then((initial) =>
    createRoot(document.getElementById('root')!).render(<StrictMode>{page(initial)}</StrictMode>),
  );
}
