// Entry of embed.html: the map, legend and option switch for other people's pages.
import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import './ui/styles/nhsuk.scss';
import './ui/styles/app.scss';
import {EmbedApp} from './ui/embed/EmbedApp';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EmbedApp />
  </StrictMode>,
);
