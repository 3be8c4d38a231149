import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import './ui/styles/nhsuk.scss';
import './ui/styles/app.scss';
import {App} from './ui/App';

// Start fetching the map module (MapLibre, most of the code) now, alongside the data files,
// instead of after they arrive: the map is drawn sooner. A failure here is reported when the
// map panel imports it again.
import('./map').catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
