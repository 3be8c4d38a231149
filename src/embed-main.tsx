// The embed's code, loaded by src/embed.tsx once the prerendered map is on screen.
import {EmbedApp} from './ui/embed/EmbedApp';
import {renderPageWhenLoaded} from './ui/render-page';

export function start(): void {
  renderPageWhenLoaded((initial) => <EmbedApp initial={initial} />);
}
