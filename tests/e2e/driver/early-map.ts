// The driver's steps on the prerendered map before the app's code arrives (issue 21): holding
// that code back, and what the early map shows meanwhile.
import type {Page} from 'playwright-core';

const EARLY = '.fp-prerender svg.fp-svgmap';
const REGION_NAMES = `${EARLY} > g[data-layer="region-labels"] text`;

export function earlyMapSteps(page: Page) {
  return {
    /** Holds every request for the page's app code (app-main, or the embed's) until the returned
     * function is called: the prerendered map is all there is until then. Call before goto. */
    async holdAppCode(): Promise<() => void> {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/(app|embed)-main-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      return release;
    },
    /** The area the prerendered map outlines as focused (hovered, or reached by Shift+arrow),
     * once one is, other than `not` when given: its code and its name (its path's <title>). */
    async earlyFocusedArea(not?: string): Promise<{code: string; name: string}> {
      const found = await page.waitForFunction(
        ({early, not}) => {
          const code = document
            .querySelector(`${early} [data-focused]`)
            ?.getAttribute('data-focused');
          return code && code !== not ? code : null;
        },
        {early: EARLY, not: not ?? null},
      );
      const code = (await found.jsonValue()) as string;
      const title = page.locator(`${EARLY} path.fp-svgmap__area[data-code="${code}"] title`);
      return {code, name: (await title.textContent({timeout: 5000})) ?? ''};
    },
    /** The region names written on the prerendered map (for the option it shows), in order. */
    async earlyRegionNames(): Promise<string[]> {
      return page
        .locator(REGION_NAMES)
        .evaluateAll((els) => els.map((el) => el.lastChild?.textContent?.trim() ?? ''));
    },
    /** Clicks a region's name on the prerendered map (the app's code not yet arrived). Each name
     * is a <text> whose last text follows its <title> ("Show …"), so it is found by that. */
    async clickEarlyRegionLabel(name: string) {
      const index = (await this.earlyRegionNames()).indexOf(name);
      if (index < 0) throw new Error(`The prerendered map writes no region named ${name}.`);
      await page.locator(REGION_NAMES).nth(index).click();
    },
    /** What the prerendered map's status line says (read out to screen readers). */
    async earlyStatus(): Promise<string> {
      return (await page.locator('.fp-early-status').textContent()) ?? '';
    },
  };
}
