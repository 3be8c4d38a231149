// @vitest-environment jsdom
// A user-built option (put in the builder store as the builder does) appears wherever a
// built-in option does, and is marked as not an official proposal in each of those places.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import {readFileSync} from 'node:fs';
import {feature} from 'topojson-client';
import type {FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {FootprintData} from '../../src/data/load';
import type {BoundaryOption, Area} from '../../src/domain/types';
import {useFootprint} from '../../src/state/store';
import {resetBuilder, useBuilder} from '../../src/state/builder';
import {usePresenter} from '../../src/state/presenter';
import {OptionSwitch} from '../../src/ui/OptionSwitch';
import {OptionChoices} from '../../src/ui/OptionChoices';
import {DetailsPanel} from '../../src/ui/DetailsPanel';
import {PlaceResult} from '../../src/ui/search/PlaceResult';
import {BoardPackPage} from '../../src/ui/print/BoardPackPage';
import {PresenterMode} from '../../src/ui/presenter/PresenterMode';
import {useOptions} from '../../src/state/catalogue';
import {NORTHAMPTONSHIRE, userOption} from '../unit/user-option';
import {GEOGRAPHY_2018} from '../unit/real-data';
import {In2018} from './in-2018';

// The map itself is not under test (and needs WebGL).
vi.mock('../../src/ui/MapPanel', () => ({MapPanel: () => null}));
const {EmbedView} = await import('../../src/ui/embed/EmbedApp');

const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as BoundaryOption[];
const topology = JSON.parse(readFileSync('data/england-2018/stps.topo.json', 'utf8'));
const areaShapes = feature(topology, topology.objects.areas) as unknown as FeatureCollection<
  Polygon | MultiPolygon,
  Area
>;
const areas = areaShapes.features.map((f) => f.properties);
const data = {
  ...GEOGRAPHY_2018,
  options,
  areas,
  areaTopology: topology,
  areaShapes,
} as unknown as FootprintData;
const revised = options[2]!;
const mine = userOption(revised);

beforeEach(() => {
  resetBuilder();
  act(() => {
    useBuilder.getState().addOption(mine);
    useFootprint.getState().clearSelection();
    useFootprint.getState().compareWith(null);
  });
});
afterEach(() => {
  act(() => usePresenter.getState().setPresenting(false));
  cleanup();
  resetBuilder();
});

/** The option switch as the explorer renders it: every option, from the catalogue. */
function Switch() {
  return <OptionSwitch options={useOptions(data)} />;
}

describe('option switch', () => {
  it('lists the user option after the official ones, in its own group, tagged User-built', () => {
    render(<Switch />, {wrapper: In2018});
    const official = within(screen.getByRole('group', {name: 'Official options'})).getAllByRole(
      'radio',
    );
    expect(official.map((r) => r.getAttribute('value'))).toEqual(['before', 'initial', 'revised']);
    const yours = screen.getByRole('group', {name: 'Your options'});
    const radio = within(yours).getByRole('radio', {name: /^My option 1 ?, User-built$/});
    expect(within(yours).getByTestId('user-built-tag').textContent).toBe('User-built');
    expect(radio.getAttribute('name')).toBe(official[0]!.getAttribute('name'));
    expect(screen.getByText(/not an official proposal/).id).toBe(
      radio.getAttribute('aria-describedby'),
    );
    fireEvent.click(radio);
    expect(useFootprint.getState().optionId).toBe('user-1');
  });

  it('shows no groups and no tags when the user has built nothing', () => {
    resetBuilder();
    render(<Switch />, {wrapper: In2018});
    expect(screen.queryByRole('group', {name: 'Your options'})).toBeNull();
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect(screen.queryByTestId('user-built-tag')).toBeNull();
  });

  it('puts the user option in its own group of a select, marked in words', () => {
    render(
      <select aria-label="Option">
        <OptionChoices options={[...options, mine]} />
      </select>,
    );
    const group = document.querySelector('optgroup[label="Your options"]')!;
    expect([...group.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'My option 1 (user-built)',
    ]);
    expect(
      document.querySelector('optgroup[label="Official options"]')!.querySelectorAll('option'),
    ).toHaveLength(3);
  });
});

describe('details panel', () => {
  it('gives the user-built source line and never a board-paper citation', () => {
    render(<DetailsPanel data={data} option={mine} />, {wrapper: In2018});
    const source = screen.getByTestId('option-source');
    expect(source.textContent).toContain(
      'User-built option, based on the revised proposal — not an official proposal',
    );
    expect(screen.getByTestId('details').textContent).not.toMatch(/board paper|paragraph/i);
    expect(
      within(screen.getByRole('heading', {level: 2})).getByTestId('user-built-tag'),
    ).toBeTruthy();
  });

  it('still cites the board paper for a built-in option', () => {
    render(<DetailsPanel data={data} option={revised} />, {wrapper: In2018});
    expect(screen.getByTestId('option-source').textContent).toContain(
      'Board paper, May 2018, paragraphs 2.14–2.16',
    );
  });
});

describe('place search result', () => {
  it('lists the region under the user option, tagged, after the official options', () => {
    const place = {
      kind: 'area' as const,
      code: NORTHAMPTONSHIRE,
      name: 'Northamptonshire',
      parts: [{areaCode: NORTHAMPTONSHIRE, share: 1}],
      key: 'northamptonshire',
    };
    render(
      <ul>
        <PlaceResult place={place} data={data} />
      </ul>,
    );
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(4);
    const last = rows[3]!;
    expect(within(last).getByRole('rowheader').textContent).toMatch(/^My option 1 ?, User-built$/);
    expect(within(last).getByRole('cell').textContent).toBe('Nene Valley');
  });
});

describe('board pack page', () => {
  const page = (option: BoundaryOption) =>
    render(
      <BoardPackPage
        data={data}
        option={option}
        baseline={revised}
        page={4}
        pages={4}
        printed="1 March 2024"
        flows={null}
      />,
      {wrapper: In2018},
    );

  it('says in its heading and a notice that the option is user-built and not official', () => {
    page(mine);
    expect(screen.getByRole('heading', {level: 2}).textContent).toBe(
      'NHS England regions: My option 1 — user-built, not an official proposal',
    );
    expect(screen.getByTestId('board-pack-notice').textContent).toBe(
      '“My option 1” was built by a Footprint user, based on the revised proposal. It is not an official proposal.',
    );
    const header = screen.getByRole('heading', {level: 2}).parentElement!;
    expect(header.textContent).toContain(
      'User-built option, based on the revised proposal — not an official proposal',
    );
    expect(header.textContent).not.toMatch(/board paper|paragraph/i);
  });

  it('leaves an official option’s page as it was', () => {
    page(revised);
    expect(screen.getByRole('heading', {level: 2}).textContent).toBe(
      'NHS England regions: Revised proposal',
    );
    expect(screen.queryByTestId('board-pack-notice')).toBeNull();
  });
});

describe('presenter mode', () => {
  it('shows the user option as a further step, tagged and with its notice', () => {
    act(() => {
      useFootprint.getState().chooseOption('user-1');
      usePresenter.getState().setPresenting(true);
    });
    render(<PresenterMode data={data} />, {wrapper: In2018});
    expect(screen.getByTestId('presenter-status').textContent).toBe(
      'Step 4 of 4: My option 1 (user-built), 8 regions. Not an official proposal.',
    );
    expect(
      within(screen.getByRole('heading', {level: 2})).getByTestId('user-built-tag'),
    ).toBeTruthy();
    expect(screen.getByTestId('presenter-notice').textContent).toContain(
      'It is not an official proposal.',
    );
    expect(screen.getByTestId('presenter-summary').textContent).toContain(
      'Compared with Revised proposal:',
    );
  });
});

describe('embed', () => {
  it('marks the embedded user option in its title and switch', () => {
    act(() => useFootprint.getState().chooseOption('user-1'));
    render(
      <EmbedView data={data} settings={{controls: true, fixedOption: false, autoHeight: false}} />,
      {wrapper: In2018},
    );
    expect(screen.getByRole('heading', {level: 1}).textContent).toMatch(
      /^NHS England regions: My option 1 ?, User-built/,
    );
    expect(screen.getByTestId('embed-notice').textContent).toContain('not an official proposal');
    expect(screen.getByRole('radio', {name: /^My option 1 ?, User-built$/})).toBeTruthy();
  });
});
