// The driver's board-pack steps (driver.ts): what each A4 sheet shows, and whether it fits.
import type {Page} from 'playwright-core';

/** Per sheet: the elements (with some text or a table cell) outside its box, and the boxes
 * inside it that clip what they hold (issue 21, fault 1). Runs in the page. */
const sheetProblems = () =>
  [...document.querySelectorAll<HTMLElement>('.fp-page')].flatMap((sheet, i) => {
    const s = sheet.getBoundingClientRect();
    const out = [
      ...sheet.querySelectorAll<HTMLElement>('p, li, h2, h3, th, td, caption, figcaption'),
    ]
      .filter((el) => !el.closest('.fp-visually-hidden'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.top < s.top - 1 ||
          r.bottom > s.bottom + 1 ||
          r.left < s.left - 1 ||
          r.right > s.right + 1
        );
      })
      .map(
        (el) => `sheet ${i + 1}: ${el.tagName} “${(el.textContent ?? '').slice(0, 40)}” outside`,
      );
    const clipped = [sheet, ...sheet.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el instanceof HTMLElement && !el.closest('.fp-visually-hidden'))
      .filter((el) => {
        const st = getComputedStyle(el);
        return (
          (st.overflowY !== 'visible' || el === sheet) && el.scrollHeight > el.clientHeight + 1
        );
      })
      .map((el) => `sheet ${i + 1}: ${el.className} clips ${el.scrollHeight - el.clientHeight} px`);
    return [...out, ...clipped];
  });

export function boardPackSteps(page: Page) {
  return {
    /** Every way a sheet of the open board pack fails to fit what it carries ([] when all fit). */
    async sheetProblems(): Promise<string[]> {
      return page.evaluate(sheetProblems);
    },
    /** The group names in option `optionId`'s group table, over all its sheets, in order
     * (each row's name without its "Not confirmed" tag). */
    async packGroupNames(optionId: string): Promise<string[]> {
      return page
        .locator(`.fp-page[data-option="${optionId}"] [data-testid="board-pack-groups"] tbody th`)
        .locator('.fp-page__group-name')
        .allTextContents();
    },
    /** The groups (bar keys) in option `optionId`'s "at a glance" population bars, over all
     * its sheets. */
    async glanceGroups(optionId: string): Promise<string[]> {
      return page
        .locator(`[data-testid="board-pack-glance"][data-option="${optionId}"]`)
        .locator('[data-testid="glance-population"] .fp-chart__row')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? ''));
    },
    /** Each sheet's heading, in order. */
    async sheetHeadings(): Promise<string[]> {
      return page.locator('.fp-page h2').allTextContents();
    },
  };
}
