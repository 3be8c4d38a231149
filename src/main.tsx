import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import './ui/styles/nhsuk.scss';
import './ui/styles/app.scss';
import {App} from './ui/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
