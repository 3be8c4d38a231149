// Read-only windows into the rendered map for the browser tests: what the map really shows, not
// what the store says. Only a browser under automation (navigator.webdriver, set by Playwright
// and every WebDriver) gets them; people's browsers never see these globals.
export function exposeForTests(name: `__footprint${string}`, api: object): void {
  if (typeof navigator === 'undefined' || !navigator.webdriver) return;
  (window as unknown as Record<string, unknown>)[name] = api;
}
