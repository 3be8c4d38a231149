// Entry of board-pack.html: one A4 landscape page per option, for printing or saving as PDF.
import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import './ui/styles/nhsuk.scss';
import './ui/styles/app.scss';
import {BoardPackApp} from './ui/print/BoardPackApp';

import {fetchDataState} from './ui/use-data';
import {adoptLinkOptions} from './state/link-options';

// The user's saved options are restored with the data; options the link brings are added
// before the first render, so the pack's pages and its baseline include them.
fetchDataState().then((initial) => {
  const adopted = initial.status === 'ready' ? adoptLinkOptions(location.search, initial.data) : null;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <BoardPackApp initial={initial} linkMessages={adopted?.messages ?? []} />
    </StrictMode>,
  );
});
