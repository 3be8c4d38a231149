// Where storage is blocked, the builder and the link notice say the same thing (issue 21,
// fault 8a): the builder said options cannot be kept while the link notice said "kept".
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {userOptionParams} from '../../src/domain/builder/option-link';
import {adoptLinkOptions} from '../../src/state/link-options';
import {NOT_KEPT, optionsCanBeKept, restoreSavedOptions} from '../../src/state/builder-persist';
import {resetBuilder, useBuilder} from '../../src/state/builder';
import {builtIn, edited, LINCOLNSHIRE, mine} from './builder-fixtures';
import {options, areas} from './real-data';

const data = {options, areas};
const lincsEast = edited(mine(), {kind: 'move', unit: LINCOLNSHIRE, to: 'east'});
const search = `?${new URLSearchParams({option: lincsEast.id, ...userOptionParams(lincsEast, builtIn('revised'))})}`;

/** A window whose localStorage throws on every use, as a private window or sandboxed frame's. */
function blockedStorage(): void {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  vi.stubGlobal('window', {localStorage: {getItem: refuse, setItem: refuse, removeItem: refuse}});
}

/** A window whose localStorage works. */
function workingStorage(): void {
  const store = new Map<string, string>();
  vi.stubGlobal('window', {
    localStorage: {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
      removeItem: (k: string) => store.delete(k),
    },
  });
}

beforeEach(resetBuilder);
afterEach(() => vi.unstubAllGlobals());

describe('whether options are kept, said the same everywhere', () => {
  it("storage refused: the link notice says it is not kept, in the builder's own words", () => {
    blockedStorage();
    expect(optionsCanBeKept()).toBe(false);
    restoreSavedOptions(
      {...data, geography: {id: 'england-2018', title: 'England 2018'}},
      {persist: false},
    );
    const builderSays = useBuilder.getState().notices.join(' ');
    const {notices} = adoptLinkOptions(search, data);
    expect(notices[0]).not.toMatch(/kept with your options in this browser/);
    expect(notices[0]).toContain(NOT_KEPT);
    expect(builderSays).toMatch(/cannot be read|does not let Footprint keep/);
    expect(builderSays).toMatch(/not be kept|does not let Footprint keep/);
  });

  it('storage working: the link notice says it is kept', () => {
    workingStorage();
    expect(optionsCanBeKept()).toBe(true);
    expect(adoptLinkOptions(search, data).notices[0]).toMatch(
      /It is kept with your options in this browser\.$/,
    );
  });
});
