// The app's code, loaded by src/main.tsx once the prerendered map is on screen. The main page
// owns the user's saved options (persistOptions).
import {App} from './ui/App';
import {renderPageWhenLoaded} from './ui/render-page';

export function start(): void {
  renderPageWhenLoaded((initial) => <App initial={initial} />, true);
}
