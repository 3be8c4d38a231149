// The builder in the built app: one reassignment, timed in the page. Lincolnshire goes back
// and forth between the Midlands and the East of England on a user option made from Revised;
// for a single CCG (issue 19), Tameside and Glossop CCG between the North West and the Midlands.
// "preview": from the click on the region until the preview's figures are on screen.
// "accept": from the click on Accept until the map's element, the Regions table and the checks
// have changed and the map reports data-map-state="idle" (MapLibre: repainted).
import type {Browser} from 'playwright-core';

/** What moves: an STP (`part` unset), or one CCG of it; and the two regions it alternates between. */
export interface BenchMove {
  area: string;
  part?: string;
  regions: [string, string];
}

/** Lincolnshire STP, Midlands ↔ East of England. */
export const STP_MOVE: BenchMove = {area: 'E54000013', regions: ['east', 'midlands']};
/** Tameside and Glossop CCG (of Greater Manchester), North West ↔ Midlands. */
export const CCG_MOVE: BenchMove = {
  area: 'E54000007',
  part: 'E38000182',
  regions: ['midlands', 'north-west'],
};

export async function builderMoves(
  browser: Browser,
  url: string,
  count: number,
  move: BenchMove = STP_MOVE,
): Promise<{preview: number[]; accept: number[]}> {
  const context = await browser.newContext({
    viewport: {width: 1280, height: 800},
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', {timeout: 60000});
    await page.getByTestId('builder-start').click();
    // The CCG select appears once the CCGs have loaded (the first time only).
    const choose = async () => {
      await page.getByTestId('move-area').selectOption(move.area);
      if (move.part) await page.getByTestId('move-part').selectOption(move.part);
    };
    await choose();
    const preview: number[] = [];
    const accept: number[] = [];
    for (let i = 0; i < count; i++) {
      const to = move.regions[i % 2]!;
      preview.push(await page.evaluate(`(${PREVIEW_ONCE})(${JSON.stringify(to)})`));
      accept.push(await page.evaluate(ACCEPT_ONCE));
      await choose();
    }
    return {preview, accept};
  } finally {
    await context.close();
  }
}

/** A merge on England 2026 (issue 20): Lincolnshire and Derby and Derbyshire ICBs become one,
 * accepted (timed as a move's accept), then undone; `count` times. `url` opens the geography. */
export const MERGE = {ids: ['lincolnshire', 'derby-and-derbyshire'], name: 'East Midlands ICB'};

export async function builderMerges(
  browser: Browser,
  url: string,
  count: number,
): Promise<number[]> {
  const context = await browser.newContext({
    viewport: {width: 1280, height: 800},
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', {timeout: 60000});
    await page.getByTestId('builder-start').click();
    const accept: number[] = [];
    for (let i = 0; i < count; i++) {
      for (const id of MERGE.ids) await page.getByTestId(`merge-${id}`).check();
      await page.getByTestId('merge-name').fill(MERGE.name);
      await page.getByTestId('merge-preview').click();
      await page.getByTestId('move-preview').locator('table').first().waitFor();
      accept.push(await page.evaluate(ACCEPT_ONCE));
      await page.getByTestId('builder-undo').click();
      await page.getByTestId(`merge-${MERGE.ids[1]}`).waitFor();
      await page.waitForSelector('[data-testid="map"][data-map-state="idle"]');
    }
    return accept;
  } finally {
    await context.close();
  }
}

// Strings, not functions: tsx's name helpers must not leak into the page.
export const PREVIEW_ONCE = `(to) => new Promise((resolve, reject) => {
  const menu = document.querySelector('[data-testid="move-menu"]');
  const start = performance.now();
  const check = () => {
    if (!menu.querySelector('[data-testid="move-preview"] table')) return;
    observer.disconnect();
    clearTimeout(timer);
    resolve(performance.now() - start);
  };
  const observer = new MutationObserver(check);
  observer.observe(menu, {subtree: true, childList: true});
  const timer = setTimeout(() => { observer.disconnect(); reject(new Error('preview: not shown within 10 s')); }, 10000);
  document.querySelector('[data-testid="move-to-' + to + '"]').click();
})`;

export const ACCEPT_ONCE = `new Promise((resolve, reject) => {
  const map = document.querySelector('[data-testid="map"]');
  const table = document.querySelector('[data-testid="regions-table"]');
  const checks = document.querySelector('[data-testid="builder-checks"]');
  const changed = {map: false, table: false, checks: false};
  let start = 0;
  const done = () => {
    if (!(changed.map && changed.table && changed.checks && map.dataset.mapState === 'idle')) return;
    const ms = performance.now() - start;
    observers.forEach((o) => o.disconnect());
    clearTimeout(timer);
    resolve(ms);
  };
  const watch = (el, key) => { const o = new MutationObserver(() => { changed[key] = true; done(); }); o.observe(el, {subtree: true, childList: true, attributes: true, characterData: true}); return o; };
  const observers = [watch(map, 'map'), watch(table, 'table'), watch(checks, 'checks')];
  const timer = setTimeout(() => { observers.forEach((o) => o.disconnect()); reject(new Error('accept: no repaint within 10 s')); }, 10000);
  start = performance.now();
  document.querySelector('[data-testid="move-accept"]').click();
})`;
