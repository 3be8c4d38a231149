// Entry of board-pack.html: one A4 landscape page per option, for printing or saving as PDF.
import './ui/styles/nhsuk.scss';
import './ui/styles/app.scss';
import {BoardPackApp} from './ui/print/BoardPackApp';
import {renderPageWhenLoaded} from './ui/render-page';
import {adoptLinkOptions} from './state/link-options';
import {loadedParts} from './state/part-layer';

/** `adopted` with its baseline following the compared option when adoption renamed it (this
 * browser already had a different option under that id). */
function baselineFollowing(original: string, adopted: string): string {
  const before = new URLSearchParams(original);
  const after = new URLSearchParams(adopted);
  if (before.get('baseline') && before.get('baseline') === before.get('compare'))
    after.set('baseline', after.get('compare')!);
  return `?${after.toString()}`;
}

// The user's saved options are restored with the data; options the link brings are added
// before the first render, so the pack's pages and its baseline include them.
renderPageWhenLoaded((initial) => {
  const adopted =
    initial.status === 'ready'
      ? adoptLinkOptions(location.search, initial.data, {parts: loadedParts()})
      : null;
  return (
    <BoardPackApp
      initial={initial}
      search={adopted ? baselineFollowing(location.search, adopted.search) : location.search}
      linkMessages={adopted?.messages ?? []}
    />
  );
});
