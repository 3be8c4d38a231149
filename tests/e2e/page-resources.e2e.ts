// Every file a page asks for is there (issue 21, fault 7: every page asked for
// /assets/images/nhsuk-icon-cross.svg and got a 404), the guard fails a test on such a request,
// and an embed sandboxed without allow-same-origin says why it cannot load (fault 8b).
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {allowPageProblem, guardedContext, launchBrowser, openPage, waitForMapIdle} from './browser';
import {assertNoPageProblems, seenPageProblems} from './page-guard';

let browser: Browser;
let host: Server;
let hostUrl: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const frame = `<!doctype html><title>host</title><iframe id="embed" title="map" sandbox="allow-scripts" src="${inject('baseUrl')}embed.html" width="600" height="400"></iframe>`;
  host = createServer((_req, res) => res.writeHead(200, {'content-type': 'text/html'}).end(frame));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

describe('the files a page asks for', () => {
  it("asks for no file that is not there: every url() in the page's stylesheets answers 200", async () => {
    const {page} = await openPage(browser, inject('baseUrl'));
    const urls = await page.evaluate(async () => {
      const found: string[] = [];
      for (const sheet of [...document.styleSheets]) {
        if (!sheet.href) continue;
        const text = await (await fetch(sheet.href)).text();
        for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g))
          if (!m[1]!.startsWith('data:')) found.push(new URL(m[1]!, sheet.href).href);
      }
      return found;
    });
    expect(urls.some((u) => u.includes('nhsuk-icon-cross'))).toBe(true);
    expect(urls.filter((u) => u.includes('/assets/images/'))).toEqual([]);
    for (const url of new Set(urls))
      expect([url, (await page.request.get(url)).status()]).toEqual([url, 200]);
    await page.context().close();
  });

  it('the guard fails a test on a same-origin 404 and on a failed request', async () => {
    const context = await guardedContext(browser);
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    // A host answers 404 for a missing file (the preview server's fallback page would not).
    await page.route('**/missing-icon.svg', (r) => r.fulfill({status: 404, body: 'not found'}));
    await page.evaluate(async () => {
      await fetch('./missing-icon.svg').catch(() => null);
    });
    await page.route('**/refused.json', (r) => r.abort());
    const failed = context.waitForEvent('requestfailed', (r) => r.url().endsWith('refused.json'));
    await page.evaluate(async () => {
      await fetch('./refused.json').catch(() => null);
    });
    await failed;
    expect(seenPageProblems().some((p) => /^answer 404 for GET .*missing-icon\.svg$/.test(p))).toBe(
      true,
    );
    expect(seenPageProblems().some((p) => /^request failed: GET .*refused\.json/.test(p))).toBe(
      true,
    );
    // Cancelled (net::ERR_ABORTED) while the page stays on its document: still a problem.
    await page.route('**/cancelled.json', (r) => r.abort('aborted'));
    const cancelled = context.waitForEvent('requestfailed', (r) =>
      r.url().endsWith('cancelled.json'),
    );
    await page.evaluate(() => void fetch('./cancelled.json').catch(() => null));
    await cancelled;
    expect(seenPageProblems().some((p) => /^request failed: GET .*cancelled\.json/.test(p))).toBe(
      true,
    );
    expect(assertNoPageProblems).toThrow(/answer 404/);
    // The console's own words for the same requests may still be on their way.
    allowPageProblem(/refused\.json|missing-icon|cancelled\.json/);
    await waitForMapIdle(page);
    await context.close();
  });

  it('the guard lets pass a file the page was still loading when it moved to another page', async () => {
    const context = await guardedContext(browser);
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    // A file that never answers, left behind when the page moves on (share.e2e.ts's malformed
    // links did this to the app's own chunks, and the guard failed them).
    await page.route('**/never-answers.json', () => undefined);
    const asked = context.waitForEvent('request', (r) => r.url().endsWith('never-answers.json'));
    await page.evaluate(() => void fetch('./never-answers.json').catch(() => null));
    await asked;
    const leftBehind = context.waitForEvent('requestfailed', (r) =>
      r.url().endsWith('never-answers.json'),
    );
    await page.goto(`${inject('baseUrl')}?option=initial`);
    await leftBehind;
    expect(seenPageProblems().filter((p) => p.includes('never-answers'))).toEqual([]);
    // Closing a page that is still loading would cancel its files too: let it finish first.
    await waitForMapIdle(page);
    await context.close();
  });
});

describe('an embed sandboxed without allow-same-origin', () => {
  it('says it cannot load here and how to allow it', async () => {
    // Its requests come from no origin and are refused: expected here, and what the note is for.
    allowPageProblem(/request failed|console error|page error|answer 4/);
    const context = await guardedContext(browser, {}, [new URL(hostUrl).origin]);
    const page = await context.newPage();
    await page.goto(hostUrl);
    const frame = page.frameLocator('#embed');
    const note = frame.locator('.fp-unstyled-note');
    await note.waitFor({state: 'visible'});
    expect(await note.textContent()).toMatch(
      /This map cannot load here\.[\s\S]*allow-scripts allow-same-origin/,
    );
    await context.close();
  });

  it('hides the note where the map works', async () => {
    const {page} = await openPage(browser, `${inject('baseUrl')}embed.html`);
    await page.locator('.fp-unstyled-note').waitFor({state: 'hidden'});
    // ...and only the note: a selector list that once caught `html` hid the whole page.
    await page.locator('[data-testid="map"]').waitFor({state: 'visible'});
    await page.context().close();
  });
});
