// The app's code, loaded by src/main.tsx once the prerendered map is on screen.
import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {App} from './ui/App';
import {fetchDataState} from './ui/use-data';

/** Loads the data, then draws the app over the prerendered map (see scripts/prerender.tsx) in
 * one commit, so the map is replaced by the same map, never by a loading message. */
export function start(): void {
  fetchDataState(true).then((initial) =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App initial={initial} />
      </StrictMode>,
    ),
  );
}
