// The embed's code, loaded by src/embed.tsx once the prerendered map is on screen.
import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {EmbedApp} from './ui/embed/EmbedApp';
import {fetchDataState} from './ui/use-data';

/** As the app (src/app-main.tsx): draw once the data is in, so the prerendered map is replaced
 * by the same map. */
export function start(): void {
  fetchDataState().then((initial) =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <EmbedApp initial={initial} />
      </StrictMode>,
    ),
  );
}
