// The embed in a sandboxed iframe on a page of another origin (a second localhost port):
// it draws, switches option, asks nothing of any origin but its own, and reports its height.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Frame, Page} from 'playwright-core';
import {createServer, type Server} from 'node:http';
import {readFileSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {launchBrowser, openPage, waitForMapIdle} from './browser';

let browser: Browser;
let host: Server;
let hostUrl: string;
/** What the host page's <!-- SNIPPET --> becomes, per path. */
const snippets = new Map<string, string>();
const template = readFileSync('tests/e2e/fixtures/embed-host.html', 'utf8');
const appOrigin = () => new URL(inject('baseUrl')).origin;

beforeAll(async () => {
  browser = await launchBrowser();
  host = createServer((req, res) => {
    const snippet = snippets.get(req.url ?? '');
    if (snippet === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res
      .writeHead(200, {'content-type': 'text/html; charset=utf-8'})
      .end(template.replace('<!-- SNIPPET -->', snippet));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

/** The snippet a user gets from the Embed dialog, with the settings they tick. */
async function snippetFromDialog(page: Page, untick: string[] = []): Promise<string> {
  await page.getByRole('button', {name: 'Embed…'}).click();
  const dialog = page.getByRole('dialog', {name: 'Embed this map'});
  await dialog.waitFor();
  for (const label of untick) await dialog.getByLabel(label).uncheck();
  const snippet = await page.getByTestId('embed-snippet').inputValue();
  await dialog.getByRole('button', {name: 'Close'}).click();
  return snippet;
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#footprint-map');
  const frame = (await handle.contentFrame())!;
  await waitForMapIdle(frame as unknown as Page);
  return frame;
}

describe('the embed on another origin', () => {
  it('loads in a sandboxed iframe, reports its height and the host page resizes it', async () => {
    const app = await openPage(browser, `${inject('baseUrl')}?option=initial&region=midlands`);
    await waitForMapIdle(app.page);
    const snippet = await snippetFromDialog(app.page);
    expect(snippet).toContain('sandbox="allow-scripts allow-same-origin');
    expect(snippet).toContain('title="Map of NHS England regions: Initial proposal"');
    expect(snippet).toContain('autoheight=1');
    expect(snippet).toContain("'footprint:height'");
    await app.page.context().close();
    snippets.set('/responsive', snippet);

    const {page, consoleErrors} = await openPage(browser, `${hostUrl}/responsive`, {
      width: 1000,
      height: 900,
    });
    const requests: {url: string; fromFrame: boolean}[] = [];
    page.on('request', (r) =>
      requests.push({url: r.url(), fromFrame: r.frame() !== page.mainFrame()}),
    );
    const embedResponse = page.waitForResponse((r) => r.url().includes('embed.html'));
    await page.reload();
    const headers = (await embedResponse).headers();
    expect(headers['x-frame-options']).toBeUndefined();
    // The Content-Security-Policy lets any site frame the embed.
    expect(headers['content-security-policy']).toMatch(/(^|; )frame-ancestors \*(;|$)/);

    const frame = await embedFrame(page);
    expect(new URL(frame.url()).origin).toBe(appOrigin());
    expect(new URL(page.url()).origin).not.toBe(appOrigin());
    expect(await frame.getByRole('radio', {name: 'Initial proposal'}).isChecked()).toBe(true);
    expect(await frame.locator('.fp-legend__region[aria-pressed="true"]').textContent()).toContain(
      'Midlands',
    );

    // The embed posted its height; the snippet's listener applied it to the iframe.
    const handle = await page.waitForFunction(() => {
      const m = (
        window as never as {
          __footprintMessages: {origin: string; data: {type?: string; height?: number}}[];
        }
      ).__footprintMessages;
      const last = m.filter((x) => x.data?.type === 'footprint:height').at(-1);
      const frame = document.getElementById('footprint-map')!;
      return last && frame.style.height === `${Math.ceil(last.data.height!)}px` ? last : null;
    });
    const last = (await handle.jsonValue()) as {origin: string; data: {height: number}};
    expect(last.origin).toBe(appOrigin());
    expect(last.data.height).toBeGreaterThan(500);
    const box = (await page.locator('iframe#footprint-map').boundingBox())!;
    expect(Math.abs(box.height - last.data.height)).toBeLessThanOrEqual(1);
    // The whole embed shows, so the frame has nothing to scroll.
    expect(
      await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight),
    ).toBeLessThanOrEqual(1);
    console.log(`embed reported height ${last.data.height}px`);

    // It still works inside the frame: switch option.
    await frame.getByRole('radio', {name: 'Revised proposal'}).check();
    await waitForMapIdle(frame as unknown as Page);
    expect(
      await frame.locator('[data-testid="legend"] .fp-legend__name').allTextContents(),
    ).toContain('East of England');
    await page.screenshot({path: 'test-artifacts/embed-cross-origin.png'});

    // Requests from the frame go to the app's origin only; the host's own page is the only other.
    const foreign = requests.filter(({url, fromFrame}) => {
      if (url.startsWith('data:') || url.startsWith('blob:')) return false;
      const origin = new URL(url).origin;
      return fromFrame ? origin !== appOrigin() : origin !== hostUrl && origin !== appOrigin();
    });
    expect(requests.some((r) => r.fromFrame)).toBe(true);
    expect(foreign).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('hides the controls and fixes the height when asked', async () => {
    const app = await openPage(browser, `${inject('baseUrl')}?option=before`);
    await waitForMapIdle(app.page);
    const snippet = await snippetFromDialog(app.page, [
      'Show the option switch and a clickable legend',
      'Fit the height to the map (responsive)',
    ]);
    await app.page.context().close();
    expect(snippet).toContain('controls=0');
    expect(snippet).not.toContain('<script>');
    snippets.set('/fixed', snippet);

    const {page, consoleErrors} = await openPage(browser, `${hostUrl}/fixed`, {
      width: 900,
      height: 800,
    });
    const frame = await embedFrame(page);
    expect(await frame.getByRole('radio').count()).toBe(0);
    expect(await frame.locator('[data-testid="legend"] button').count()).toBe(0);
    expect(
      await frame.locator('[data-testid="legend"] .fp-legend__name').allTextContents(),
    ).toHaveLength(5);
    const box = (await page.locator('iframe#footprint-map').boundingBox())!;
    expect(box.height).toBe(640);
    // The map fills the frame the host gave it, with nothing cut off below.
    const mapBox = (await frame.locator('[data-testid="map"]').boundingBox())!;
    expect(mapBox.height).toBeGreaterThan(400);
    expect(
      await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight),
    ).toBeLessThanOrEqual(1);
    // The embed's SVG map has caught up with the frame's size (it fills the map box).
    await frame.waitForFunction(() => {
      const svg = document.querySelector('[data-testid="map"] svg.fp-svgmap');
      const box = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
      const drawn = svg?.getBoundingClientRect();
      return (
        drawn && Math.abs(drawn.height - box.height) < 2 && Math.abs(drawn.width - box.width) < 2
      );
    });
    await page.screenshot({path: 'test-artifacts/embed-fixed-no-controls.png'});
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
