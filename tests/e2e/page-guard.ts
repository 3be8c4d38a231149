// Every browser test fails on a page error, a console error, a Content-Security-Policy
// violation, a request to another origin, a request that failed (refused, aborted, network
// error) or an answer of 400 or more from the app's own origin, on any page it opened: each context made by
// guardedContext() reports here, and tests/e2e/setup-guard.ts checks after every test.
// A test that provokes an error on purpose declares it first with allowPageProblem().
import type {BrowserContext, ConsoleMessage, Frame, Request, Response} from 'playwright-core';
import {inject} from 'vitest';

const problems: string[] = [];
let allowed: RegExp[] = [];
// Requests cancelled by the browser (net::ERR_ABORTED): judged when the problems are read, as
// the browser reports the cancelled files of a page it leaves before the new page is shown.
const cancelled: {text: string; leftBehind: () => boolean}[] = [];

/** Every problem so far: those recorded, and the cancelled requests whose page stayed. */
function problemsNow(): string[] {
  return [...problems, ...cancelled.filter((c) => !c.leftBehind()).map((c) => c.text)];
}

/** Lets problems matching `pattern` pass, until the end of the current test. */
export function allowPageProblem(pattern: RegExp): void {
  allowed.push(pattern);
}

/** The problems recorded so far in this test (allowed or not), without clearing them. */
export function seenPageProblems(): readonly string[] {
  return problemsNow();
}

/** Throws, naming each problem recorded since the last check that no allowance covers;
 * clears problems and allowances either way. */
export function assertNoPageProblems(): void {
  const unexpected = problemsNow().filter((p) => !allowed.some((a) => a.test(p)));
  problems.length = 0;
  cancelled.length = 0;
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
  // How many documents each frame has shown (counted when each is committed, as the old one
  // goes on loading files until then), and for each request the count when it was made: a
  // request still loading when its frame shows another document is cancelled by the browser
  // (net::ERR_ABORTED), which is leaving the page, not a missing file.
  const documentsShown = new WeakMap<Frame, number>();
  const documentOf = new WeakMap<Request, number>();
  context.on('page', (page) =>
    page.on('framenavigated', (frame) =>
      documentsShown.set(frame, (documentsShown.get(frame) ?? 0) + 1),
    ),
  );
  context.on('request', (r: Request) => {
    documentOf.set(r, documentsShown.get(r.frame()) ?? 0);
    const url = r.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (!origins.has(new URL(url).origin)) problems.push(`request to another origin: ${url}`);
  });
  // A missing file (the 404 of /assets/images/nhsuk-icon-cross.svg, issue 21) shows only as a
  // console error the page's own code never sees, and a CSS image not even that: both checked.
  context.on('requestfailed', (r: Request) => {
    if (/^(data|blob|about):/.test(r.url())) return;
    // A navigation the browser cancelled (a frame's load superseded, or its page closed), or a
    // file the page was still loading when it moved on or closed, is not a missing or refused
    // file: every other failure is.
    const text = `request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText ?? 'no reason given'})`;
    if (r.failure()?.errorText === 'net::ERR_ABORTED')
      cancelled.push({text, leftBehind: () => leftBehind(r)});
    else problems.push(text);
  });
  const leftBehind = (r: Request) => {
    const frame = r.frame();
    return (
      r.isNavigationRequest() ||
      frame.page().isClosed() ||
      (documentsShown.get(frame) ?? 0) > (documentOf.get(r) ?? 0)
    );
  };
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
