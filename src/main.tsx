import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import './ui/styles/nhsuk.scss';
import './ui/styles/app.scss';
import {App} from './ui/App';
import {fetchDataState} from './ui/use-data';

// The page arrives with the map prerendered (see scripts/prerender.ts). React draws the whole app
// once the data is in, in one commit, so the prerendered map is replaced by the same map, never
// by a loading message.
fetchDataState(true).then((initial) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App initial={initial} />
    </StrictMode>,
  ),
);
