// Entry of board-pack.html: one A4 landscape page per option, for printing or saving as PDF.
import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import './ui/styles/nhsuk.scss';
import './ui/styles/app.scss';
import {BoardPackApp} from './ui/print/BoardPackApp';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BoardPackApp />
  </StrictMode>,
);
