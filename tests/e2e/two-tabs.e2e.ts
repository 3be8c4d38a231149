// Two tabs with the same user option open (issue 21, fault 2): tab A accepts a move, tab B takes
// it instead of writing its older copy back, and B's own later step keeps A's. Nothing is lost
// after A closes and B reloads, and a tab never writes storage because another tab did.
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {guardedContext, launchBrowser, waitForMapIdle} from './browser';
import {driver} from './driver';
import {colourOf} from './map-data';

const LINCOLNSHIRE = 'E54000013';
const CORNWALL = 'E54000036';
const EAST = colourOf('revised', 'E54000022')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** How many times this page has written its saved options (counted by an init script). */
const writes = (page: Page) =>
  page.evaluate(() => (window as never as {__optionWrites: number}).__optionWrites);

describe('two tabs with the same option open', () => {
  // Two pages of the app load at once: allow them the time of two tests.
  it(
    'keep every step either tab accepts, and never write because the other did',
    {timeout: 60000},
    async () => {
      const context = await guardedContext(browser, {viewport: {width: 1280, height: 800}}, [
        new URL(inject('baseUrl')).origin,
      ]);
      await context.addInitScript(() => {
        const w = window as never as {__optionWrites: number};
        w.__optionWrites = 0;
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key: string, value: string) {
          if (key === 'footprint:user-options:v1') w.__optionWrites++;
          return setItem.call(this, key, value);
        };
      });
      const url = `${inject('baseUrl')}?option=revised&renderer=svg`;
      const a = await context.newPage();
      await a.goto(url);
      await waitForMapIdle(a);
      await a.getByTestId('builder-start').click();
      await a.waitForFunction(() => localStorage.getItem('footprint:user-options:v1') !== null);
      const b = await context.newPage();
      await b.goto(url);
      await waitForMapIdle(b);
      await b.getByRole('button', {name: 'Open My option 1'}).click();
      await b.getByTestId('builder-title').waitFor();

      // A accepts a move; B shows it (in its open builder), without writing anything itself.
      await driver(a).moveArea('Lincolnshire', 'east');
      await driver(b).waitForMapColour(LINCOLNSHIRE, EAST);
      expect(await writes(b)).toBe(0);
      const aWrites = await writes(a);

      // B's own step is on top of A's: both moves are stored, and A did not write back.
      await driver(b).moveArea('Cornwall and Isles of Scilly', 'east');
      await b.waitForFunction(() =>
        /E54000036":"east/.test(localStorage.getItem('footprint:user-options:v1') ?? ''),
      );
      await driver(a).waitForMapColour(CORNWALL, EAST);
      expect(await writes(b)).toBe(1);
      expect(await writes(a)).toBe(aWrites);
      await a.close();
      expect(aWrites).toBeGreaterThanOrEqual(1);

      // The address follows B's steps in the same task (url-sync): reload straight away.
      await b.reload();
      await waitForMapIdle(b);
      const [stored] = await driver(b).storedOptions();
      expect(stored!.title).toBe('My option 1');
      expect([stored!.assignments[LINCOLNSHIRE], stored!.assignments[CORNWALL]]).toEqual([
        'east',
        'east',
      ]);
      await driver(b).chooseOption('My option 1');
      expect(await driver(b).mapColourOf(LINCOLNSHIRE)).toBe(EAST);
      expect(await driver(b).mapColourOf(CORNWALL)).toBe(EAST);
      await context.close();
    },
  );
});
