// Every browser test fails on a page error, a console error, a Content-Security-Policy
// violation, a request to another origin, a request that failed (refused, aborted, network
// error) or an answer of 400 or more from the app's own origin, on any page it opened: each context made by
// guardedContext() reports here, and tests/e2e/setup-guard.ts checks after every test.
// A test that provokes an error on purpose declares it first with allowPageProblem().
import type {BrowserContext, ConsoleMessage, Request, Response} from 'playwright-core';
import {inject} from 'vitest';

const problems: string[] = [];
let allowed: RegExp[] = [];

/** Lets problems matching `pattern` pass, until the end of the current test. */
export function allowPageProblem(pattern: RegExp): void {
  allowed.push(pattern);
}

/** The problems recorded so far in this test (allowed or not), without clearing them. */
export function seenPageProblems(): readonly string[] {
  return [...problems];
}

/** Throws, naming each problem recorded since the last check that no allowance covers;
 * clears problems and allowances either way. */
export function assertNoPageProblems(): void {
  const unexpected = problems.filter((p) => !allowed.some((a) => a.test(p)));
  problems.length = 0;
  allowed = [];
  if (unexpected.length)
    throw new Error(`The page reported ${unexpected.length} problem(s):\n${unexpected.join('\n')}`);
}

/**
 * Starts watching `context`: its pages, popups and frames. Requests may go to the app's
 * origin, to `extraOrigins` (e.g. a test's own host page), and to data: and blob: URLs.
 */
export async function guardContext(
  context: BrowserContext,
  extraOrigins: string[] = [],
): Promise<void> {
  const origins = new Set([new URL(inject('baseUrl')).origin, ...extraOrigins]);
  context.on('request', (r: Request) => {
    const url = r.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (!origins.has(new URL(url).origin)) problems.push(`request to another origin: ${url}`);
  });
  // A missing file (the 404 of /assets/images/nhsuk-icon-cross.svg, issue 21) shows only as a
  // console error the page's own code never sees, and a CSS image not even that: both checked.
  context.on('requestfailed', (r: Request) => {
    if (/^(data|blob|about):/.test(r.url())) return;
    // A navigation the browser cancelled (a frame's load superseded, or its page closed) is not
    // a missing or refused file: every other failure is.
    if (r.isNavigationRequest() && r.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(
      `request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText ?? 'no reason given'})`,
    );
  });
  context.on('response', (r: Response) => {
    if (r.status() >= 400 && origins.has(new URL(r.url()).origin))
      problems.push(`answer ${r.status()} for ${r.request().method()} ${r.url()}`);
  });
  context.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()} (${m.location().url})`);
  });
  context.on('weberror', (e) => problems.push(`page error: ${String(e.error())}`));
  // The browser only tells the page about a CSP violation: the page tells us.
  await context.exposeBinding('__fpReportViolation', (_source, text: string) =>
    problems.push(`CSP violation: ${text}`),
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as {__fpReportViolation(t: string): void})
        .__fpReportViolation;
      void report(
        `${e.effectiveDirective} refused ${e.blockedURI || 'inline'} at ${e.sourceFile || '?'}:${e.lineNumber}`,
      );
    });
  });
}
