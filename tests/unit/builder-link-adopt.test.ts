// Links re-create user options in the builder store: an option the browser already has is
// reused without a notice, a clashing id is renamed, and Back/Forward within the page keeps
// the user's own (since edited) option rather than duplicating an older copy.
import {beforeEach, describe, expect, it} from 'vitest';
import {userOptionParams} from '../../src/domain/builder/option-link';
import {adoptLinkOptions} from '../../src/state/link-options';
import {resetBuilder, useBuilder} from '../../src/state/builder';
import {builtIn, edited, LINCOLNSHIRE, mine} from './builder-fixtures';
import {options, areas} from './real-data';

const data = {options, areas};
const lincsEast = edited(mine(), {kind: 'move', unit: LINCOLNSHIRE, to: 'east'});
const searchOf = (o = lincsEast) =>
  `?${new URLSearchParams({option: o.id, ...userOptionParams(o, builtIn('revised'))})}`;

beforeEach(resetBuilder);

describe('adopting the user options a link carries', () => {
  it('adds a new option with a notice, once: the same link again adds nothing and says nothing', () => {
    const first = adoptLinkOptions(searchOf(), data);
    expect(first.notices).toHaveLength(1);
    expect(first.notices[0]).toMatch(/^“My option 1” came with this link/);
    expect(useBuilder.getState().userOptions.map((o) => o.assignments[LINCOLNSHIRE])).toEqual([
      'east',
    ]);
    const again = adoptLinkOptions(searchOf(), data);
    expect(again.notices).toEqual([]);
    expect(useBuilder.getState().userOptions).toHaveLength(1);
  });

  it('renames a link option whose id the browser uses for a different option, and points option= at it', () => {
    useBuilder.getState().adoptOption(mine());
    const adopted = adoptLinkOptions(searchOf(), data);
    expect(new URLSearchParams(adopted.search).get('option')).toBe('mine-2');
    expect(useBuilder.getState().userOptions.map((o) => o.id)).toEqual(['mine-1', 'mine-2']);
  });

  it('Back/Forward within the page keeps the user option as edited since, without a copy', () => {
    const now = edited(lincsEast, {kind: 'move', unit: 'E54000020', to: 'east'});
    useBuilder.getState().adoptOption(now);
    const adopted = adoptLinkOptions(searchOf(lincsEast), data, {ownHistory: true});
    expect(adopted.notices).toEqual([]);
    expect(new URLSearchParams(adopted.search).get('option')).toBe('mine-1');
    expect(useBuilder.getState().userOptions).toEqual([now]);
  });
});
