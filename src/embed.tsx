// Entry of embed.html: the map, legend and option switch for other people's pages.
import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import './ui/styles/nhsuk.scss';
import './ui/styles/app.scss';
import {EmbedApp} from './ui/embed/EmbedApp';
import {fetchDataState} from './ui/use-data';

// As in main.tsx: draw once the data is in, so the prerendered map is replaced by the same map.
fetchDataState().then((initial) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <EmbedApp initial={initial} />
    </StrictMode>,
  ),
);
