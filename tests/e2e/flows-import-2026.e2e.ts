// Issue 20: on England 2026 a user brings newer catchments by sub-ICB location (either year's
// codes, ONS or ODS) and ICB; the page says how codes covering several local areas were shared
// out, and the flows shown are the file's.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchBrowser, openPage, waitForMapIdle, type OpenedPage} from './browser';
import {driver} from './driver';

let browser: Browser;
let opened: OpenedPage;

beforeAll(async () => {
  browser = await launchBrowser();
  opened = await openPage(browser, `${inject('baseUrl')}?geography=england-2026&flows=1`, {
    width: 1400,
    height: 900,
  });
  await waitForMapIdle(opened.page);
});
afterAll(async () => browser?.close());

describe('loading a flow file on England 2026', () => {
  it('reads sub-ICB location and ICB codes, says what was shared out and by what, and shows the file', async () => {
    const user = driver(opened.page);
    const text = readFileSync('tests/unit/fixtures/flows-2026/newer-catchments-2026.csv', 'utf8');
    const outcome = await user.loadFlowFile('newer-catchments-2026.csv', text);
    expect(outcome.loaded).toBe(true);
    expect(outcome.words).toContain(
      '4 rows (sub-ICB location codes, trust codes, local area codes, ICB codes) added up to 7 local area pairs',
    );
    expect(outcome.words).toContain(
      '"D9Y0V" was read as the April 2026 sub-ICB location E38000266',
    );
    expect(outcome.words).toContain(
      'shared out among those local areas in proportion to their mid-2022 population',
    );
    await waitForMapIdle(opened.page);
    expect(await opened.page.getByTestId('flow-measure').textContent()).toContain(
      'your file newer-catchments-2026.csv',
    );
    await user.screenshot('flows-import-2026');
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.foreignRequests).toEqual([]);
  });
});
