// axe-core (WCAG 2.2 AA rules) on every named UI state, at 1280 and 360 px: the options and
// comparing here; selections, flows and the other pages in accessibility-*.e2e.ts. Each state
// is first checked to have been reached (fixtures/ui-states.ts).
import {expect, inject, it} from 'vitest';
import {openPage, waitForMapIdle} from './browser';
import {axeViolations} from './axe';
import {ALL_STATES, OPTION_STATES} from './fixtures/ui-states';
import {axeStateSuite} from './ui-state-axe';

axeStateSuite('options and comparing', OPTION_STATES, (browser) => {
  it('the checks can fail: axe finds a missing alt text, and no other state is "reached" on the revised first screen', async () => {
    const {page} = await openPage(browser(), `${inject('baseUrl')}?option=revised`);
    await waitForMapIdle(page);
    const wronglyReached: string[] = [];
    for (const state of ALL_STATES.filter((s) => s.name !== 'option: revised')) {
      if (
        await state.reached(page, 150).then(
          () => true,
          () => false,
        )
      )
        wronglyReached.push(state.name);
    }
    expect(wronglyReached).toEqual([]);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.body.append(img);
    });
    expect((await axeViolations(page)).join('\n')).toMatch(/image-alt/);
    await page.context().close();
  });
});
