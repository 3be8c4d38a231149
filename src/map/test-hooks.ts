// Read-only windows into the rendered map for the browser tests: what the map really shows, not
// what the store says. Only a browser under automation (navigator.webdriver, set by Playwright
// and every WebDriver) gets them; people's browsers never see these globals. Their names follow
// window-names.ts (TEST_HOOK_PREFIX).
import type {TestHookName} from './window-names';

export function exposeForTests(name: TestHookName, api: object): void {
  if (typeof navigator === 'undefined' || !navigator.webdriver) return;
  (window as unknown as Record<string, unknown>)[name] = api;
}
