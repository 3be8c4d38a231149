// The board pack: one A4 landscape page per option, with map, legend, totals, changes against
// the chosen baseline, sources and vintage; printed to PDF it is exactly one sheet per option.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {mkdirSync, writeFileSync} from 'node:fs';
import {launchBrowser, openPage} from './browser';
import {axeViolations} from './axe';

let browser: Browser;
beforeAll(async () => {
  mkdirSync('test-artifacts', {recursive: true});
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const packUrl = (query: string) => new URL(`board-pack.html${query}`, inject('baseUrl')).toString();

describe('the board pack', () => {
  it('is reached from the app and shows every option on an A4 landscape page', async () => {
    const app = await openPage(browser, `${inject('baseUrl')}?option=revised&compare=initial`);
    const href = await app.page.getByTestId('board-pack-link').getAttribute('href');
    expect(href).toContain('board-pack.html?baseline=initial');
    await app.page.context().close();

    const {page, consoleErrors, foreignRequests} = await openPage(browser, href!, {
      width: 1280,
      height: 900,
    });
    const pages = page.getByTestId('board-pack-page');
    await pages.first().waitFor();
    expect(await pages.count()).toBe(3);
    const titles = await pages.locator('.fp-page__header h2').allTextContents();
    expect(titles).toEqual([
      'NHS England regions: Before (five regions)',
      'NHS England regions: Initial proposal',
      'NHS England regions: Revised proposal',
    ]);
    // 297 × 210 mm at 96 px per inch.
    const box = (await pages.nth(2).boundingBox())!;
    expect(Math.round(box.width)).toBe(1123);
    expect(Math.round(box.height)).toBe(794);
    // Each page: a map with all 42 STPs, the legend table, sources and the licence line; the
    // map hatches the STPs in a different region from the baseline (24 from Before, 1 from Revised).
    const hatched = [24, 0, 1];
    for (let i = 0; i < 3; i++) {
      const p = pages.nth(i);
      expect(await p.locator('svg path.fp-svg-map__shape').count()).toBe(42);
      expect(await p.locator('svg [data-testid="svg-hatched"]').count()).toBe(hatched[i]);
      expect(await p.locator('.fp-page__footer').textContent()).toMatch(
        /April 2018.*mid-2018.*Open Government Licence/s,
      );
    }
    // Changes against the initial proposal: the revised one moves Northamptonshire.
    // The flow figures on each page (PHE catchments): revised against the initial baseline.
    expect(await pages.nth(2).getByTestId('board-pack-outside').textContent()).toMatch(
      /^2,131,457 residents attributed to a hospital trust outside their own region \(−34,002 against the initial proposal\)/,
    );
    expect(
      await pages
        .nth(2)
        .locator('tbody tr', {hasText: 'Midlands'})
        .first()
        .locator('td')
        .last()
        .textContent(),
    ).toBe('95.4%');
    const revised = await pages.nth(2).getByTestId('board-pack-changes').textContent();
    expect(revised).toContain('Northamptonshire');
    expect(revised).toContain('from Central and East of England to Midlands');
    expect(await pages.nth(1).getByTestId('board-pack-changes').textContent()).toBe(
      'This is the baseline option.',
    );
    expect(await pages.nth(2).getByTestId('board-pack-flow-sides').textContent()).toBe(
      'Patient flows: 66,383 residents in 7 flows now stay inside one region; 32,381 in 5 flows now cross a region boundary.',
    );
    // Nothing on a page is cut off: its content fits inside the sheet.
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('.fp-page__facts, .fp-page')].map(
        (el) => el.scrollHeight - el.clientHeight,
      ),
    );
    await page.screenshot({path: 'test-artifacts/print-board-pack-screen.png', fullPage: true});
    expect(
      overflow.every((px) => px <= 1),
      `overflow per page: ${overflow.join(', ')}`,
    ).toBe(true);

    // Choosing another baseline updates the pages and the address.
    await page.getByLabel('Show changes against').selectOption('before');
    expect(page.url()).toContain('baseline=before');
    expect(await pages.nth(0).getByTestId('board-pack-changes').textContent()).toBe(
      'This is the baseline option.',
    );
    expect(await pages.nth(0).locator('svg [data-testid="svg-hatched"]').count()).toBe(0);
    expect(await pages.nth(1).locator('svg [data-testid="svg-hatched"]').count()).toBe(24);
    // The longest pages (24 STPs move) still fit their sheets.
    const overflowBefore = await page.evaluate(() =>
      [...document.querySelectorAll('.fp-page__facts, .fp-page')].map(
        (el) => el.scrollHeight - el.clientHeight,
      ),
    );
    await page.screenshot({
      path: 'test-artifacts/print-board-pack-baseline-before.png',
      fullPage: true,
    });
    expect(
      overflowBefore.every((px) => px <= 1),
      `overflow per page: ${overflowBefore.join(', ')}`,
    ).toBe(true);

    await page.emulateMedia({media: 'print'});
    expect(await page.locator('.fp-pack-toolbar').isVisible()).toBe(false);
    await pages.nth(2).screenshot({path: 'test-artifacts/print-board-pack-revised.png'});
    const pdf = await page.pdf({preferCSSPageSize: true, printBackground: true});
    writeFileSync('test-artifacts/print-board-pack.pdf', pdf);
    const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    // The scorecard's sheet, the regions at a glance, then one per option.
    expect(sheets).toHaveLength(5);
    // A4 landscape in points: 841.9 × 595.3 (Chromium rounds to 594.96).
    const boxes = pdf.toString('latin1').match(/\/MediaBox\s*\[[^\]]*\]/g) ?? [];
    expect(boxes).toHaveLength(5);
    for (const b of boxes) expect(b).toMatch(/\/MediaBox\s*\[\s*0 0 841\.\d+ 59[45]\.\d+\]/);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('opens with the scorecard: every option against the criteria, and each trade-off against the baseline in words', async () => {
    const {page} = await openPage(browser, packUrl('?baseline=initial'), {
      width: 1280,
      height: 900,
    });
    const sheet = page.getByTestId('board-pack-scorecard');
    await sheet.getByTestId('scorecard-table').waitFor();
    expect(await sheet.getByTestId('scorecard-option').allTextContents()).toEqual([
      'Before (five regions)',
      'Initial proposal',
      'Revised proposal',
    ]);
    expect(await sheet.getByTestId('scorecard-row-split-districts').textContent()).toMatch(
      /3.*5.*6/,
    );
    expect(await sheet.getByTestId('board-pack-tradeoffs').textContent()).toContain(
      'Revised proposal has 34,002 fewer residents attributed to a trust outside their region than Initial proposal',
    );
    // Each option's own page carries its criteria in one line.
    expect(
      await page
        .getByTestId('board-pack-page')
        .nth(2)
        .getByTestId('board-pack-criteria')
        .textContent(),
    ).toContain('6 districts split (77,993 residents on the minority side)');
    // Then the regions at a glance: per option, bars as long as its page's populations.
    const glance = page.getByTestId('board-pack-glance');
    expect(await glance.locator('h3').allTextContents()).toEqual([
      'Before (five regions)',
      'Initial proposal',
      'Revised proposal',
    ]);
    const bars = glance.nth(2).getByTestId('glance-population').locator('rect.fp-chart__bar');
    const widths = await bars.evaluateAll((rs) =>
      rs.map((r) => ({
        w: (r as SVGRectElement).getBBox().width,
        v: Number(r.getAttribute('data-value')),
      })),
    );
    const table = await page
      .getByTestId('board-pack-page')
      .nth(2)
      .locator('tbody tr td:nth-child(4)')
      .allTextContents();
    expect(widths.map((b) => b.v).sort()).toEqual(
      table
        .slice(0, 7)
        .map((t) => Number(t.replace(/,/g, '')))
        .sort(),
    );
    for (const b of widths)
      expect(Math.abs(b.w / widths[0]!.w - b.v / widths[0]!.v)).toBeLessThan(0.005);
    await page.context().close();
  });

  it('says so when the baseline or another part of the link is unknown, and uses the first option', async () => {
    const {page} = await openPage(
      browser,
      packUrl('?baseline=%3Cscript%3Ex%3C%2Fscript%3E&basline=initial'),
    );
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('li').allTextContents()).toEqual([
      "Unknown baseline '<script>x</script>' — comparing with Before (five regions)",
      "Unknown setting 'basline' — did you mean baseline?",
    ]);
    expect(await page.getByLabel('Show changes against').inputValue()).toBe('before');
    // Only what the page used stays in the address.
    expect(await page.evaluate(() => location.search)).toBe('');
    await page.context().close();
  });

  it('on a phone: the sheets scroll in their own box, not the page, and axe finds nothing', async () => {
    const {page} = await openPage(browser, packUrl('?baseline=initial'), {width: 360, height: 740});
    await page.getByTestId('board-pack-page').first().waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(
      await page.locator('.fp-pack__sheets').evaluate((el) => el.scrollWidth > el.clientWidth),
    ).toBe(true);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({path: 'test-artifacts/print-board-pack-phone.png'});
    await page.context().close();
  });
});
