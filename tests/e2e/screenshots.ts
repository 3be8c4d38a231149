// Compares a page's screenshot with a committed reference (tests/e2e/references/<name>.png),
// with a small tolerance for anti-aliasing. On a difference, the actual image and a diff go to
// test-artifacts/. A missing reference is written and the check fails, so a new reference is
// always looked at before it is committed; UPDATE_REFERENCES=1 accepts new or changed ones.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import pixelmatch from 'pixelmatch';
import {PNG} from 'pngjs';
import type {Locator, Page} from 'playwright-core';
import {ARTIFACTS} from './driver';

const REFERENCES = 'tests/e2e/references';
/** pixelmatch's per-pixel colour threshold (0–1) and the share of pixels allowed to differ. */
const THRESHOLD = 0.1;
const MAX_DIFF_SHARE = 0.002;

/** `mask`: parts of the page that may change between runs (painted over before comparing). */
export async function expectScreenshot(
  page: Page,
  name: string,
  mask: Locator[] = [],
): Promise<void> {
  const actual = PNG.sync.read(
    await page.screenshot({mask, animations: 'disabled', caret: 'hide'}),
  );
  const referencePath = `${REFERENCES}/${name}.png`;
  mkdirSync(ARTIFACTS, {recursive: true});
  if (process.env.UPDATE_REFERENCES === '1' || !existsSync(referencePath)) {
    mkdirSync(REFERENCES, {recursive: true});
    writeFileSync(referencePath, PNG.sync.write(actual));
    if (process.env.UPDATE_REFERENCES === '1') return;
    throw new Error(
      `No reference for "${name}": wrote ${referencePath}. Look at it, then commit it (or run with UPDATE_REFERENCES=1).`,
    );
  }
  const reference = PNG.sync.read(readFileSync(referencePath));
  const problem = compare(reference, actual);
  if (!problem) return;
  writeFileSync(`${ARTIFACTS}/${name}.actual.png`, PNG.sync.write(actual));
  if (problem.diff) writeFileSync(`${ARTIFACTS}/${name}.diff.png`, PNG.sync.write(problem.diff));
  throw new Error(
    `Screenshot "${name}" differs from ${referencePath}: ${problem.message}. See ${ARTIFACTS}/${name}.actual.png` +
      `${problem.diff ? ` and ${name}.diff.png` : ''}; if the change is meant, accept it with UPDATE_REFERENCES=1.`,
  );
}

function compare(reference: PNG, actual: PNG): {message: string; diff?: PNG} | null {
  const {width, height} = reference;
  if (actual.width !== width || actual.height !== height) {
    return {message: `size ${actual.width}×${actual.height}, reference ${width}×${height}`};
  }
  const diff = new PNG({width, height});
  const differing = pixelmatch(reference.data, actual.data, diff.data, width, height, {
    threshold: THRESHOLD,
  });
  const share = differing / (width * height);
  if (share <= MAX_DIFF_SHARE) return null;
  return {
    message: `${differing} pixels (${(share * 100).toFixed(2)}%) differ, more than ${MAX_DIFF_SHARE * 100}%`,
    diff,
  };
}
