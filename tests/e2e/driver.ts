// A small domain-language driver over the page: tests say what a user does and sees. The steps
// live by area in driver/ (page, map, early map, builder, group edits, flows,
// board pack); this is the one entry specs use.
import type {Page} from 'playwright-core';
import {pageSteps} from './driver/page';
import {mapSteps} from './driver/map';
import {earlyMapSteps} from './driver/early-map';
import {builderSteps} from './driver/builder';
import {flowSteps} from './driver/flows';
import {groupEditSteps} from './driver/group-edits';
import {boardPackSteps} from './driver/board-pack';

export {ARTIFACTS} from './driver/page';

/** Every step for `page`, as one object (steps that use another, e.g. clickArea's pointOnArea,
 * sit in the same area's file and call it through `this`). */
export function driver(page: Page) {
  return {
    ...pageSteps(page),
    ...mapSteps(page),
    ...earlyMapSteps(page),
    ...builderSteps(page),
    ...flowSteps(page),
    ...groupEditSteps(page),
    ...boardPackSteps(page),
  };
}
