// The Content-Security-Policy (issue 10) and the guard every browser test runs under: each
// page is served with the policy, the policy refuses inline script and style, and the guard
// (page-guard.ts) turns a violation, a console error or a page error into a failed test.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {allowPageProblem, launchBrowser, openPage} from './browser';
import {assertNoPageProblems, seenPageProblems} from './page-guard';
import {CONTENT_SECURITY_POLICY} from '../../vite.config';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  ({page} = await openPage(browser, inject('baseUrl')));
  await page.getByRole('radio', {name: 'Revised proposal'}).waitFor();
});
afterAll(async () => browser?.close());

/** Waits until the guard has recorded a problem matching `pattern`. */
const waitForProblem = (pattern: RegExp) =>
  expect.poll(() => seenPageProblems().some((p) => pattern.test(p)), {timeout: 5000}).toBe(true);

describe('Content-Security-Policy', () => {
  it.each(['', 'embed.html', 'board-pack.html'])('is sent with /%s', async (path) => {
    const response = await page.request.get(new URL(path, inject('baseUrl')).toString());
    expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('refuses an inline script, and the guard fails the test', async () => {
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      return (window as unknown as {__injected?: boolean}).__injected === true;
    });
    expect(ran).toBe(false);
    await waitForProblem(/CSP violation: script-src-elem refused inline/);
    expect(() => assertNoPageProblems()).toThrow(/CSP violation: script-src-elem/);
  });

  it('refuses a style attribute in markup, and the guard fails the test', async () => {
    const colour = await page.evaluate(() => {
      const div = document.createElement('div');
      div.innerHTML = '<p style="color: rgb(255, 0, 0)">x</p>';
      document.body.append(div);
      return getComputedStyle(div.firstElementChild!).color;
    });
    expect(colour).not.toBe('rgb(255, 0, 0)');
    await waitForProblem(/CSP violation: style-src-attr refused inline/);
    expect(() => assertNoPageProblems()).toThrow(/style-src-attr/);
  });

  it('refuses eval (so zod must be jitless), and the guard fails the test', async () => {
    // A string timer runs as the page's own code later (Playwright's evaluate itself is
    // exempt from the policy), like zod's compiled parsers would.
    await page.evaluate(() => (setTimeout as (code: string) => void)('window.__evalRan = true'));
    await waitForProblem(/CSP violation: script-src refused eval/);
    expect(
      await page.evaluate(() => (window as unknown as {__evalRan?: boolean}).__evalRan),
    ).toBeUndefined();
    expect(() => assertNoPageProblems()).toThrow(/refused eval/);
  });
});

describe('the page guard', () => {
  it('fails a test on a console error or a request to another origin', async () => {
    await page.evaluate(() => {
      console.error('something broke');
      new Image().src = 'http://192.0.2.1/pixel.png';
    });
    await waitForProblem(/console error: something broke/);
    await waitForProblem(/CSP violation: img-src refused http:\/\/192\.0\.2\.1/);
    expect(() => assertNoPageProblems()).toThrow(
      /something broke[\s\S]*192\.0\.2\.1|192\.0\.2\.1[\s\S]*something broke/,
    );
  });

  it('lets a declared problem through, and only that one', async () => {
    allowPageProblem(/console error: the corrupt file we loaded on purpose/);
    await page.evaluate(() => console.error('the corrupt file we loaded on purpose'));
    await waitForProblem(/corrupt file/);
    expect(() => assertNoPageProblems()).not.toThrow();
  });
});
