// axe-core (WCAG 2.0–2.2 A and AA rules) over the page as it is now.
import {createRequire} from 'node:module';
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  help: string;
  nodes: {target: string[]}[];
}

export async function axeViolations(page: Page): Promise<string[]> {
  // Not addScriptTag: the Content-Security-Policy refuses inline scripts (and the page guard
  // fails the test). Code Playwright evaluates is exempt, so axe is defined from there.
  await page.evaluate((source) => (0, eval)(source), axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as never as {axe: {run(o: unknown): Promise<{violations: AxeViolation[]}>}})
      .axe;
    const result = await axe.run({
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
    });
    return result.violations;
  });
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}
