// @vitest-environment jsdom
// The panels that follow a change of the option one render later (src/ui/later-panels.tsx,
// src/ui/later-options.tsx): memoised, they show exactly what the plain panels show for the
// same option, follow a new option, and under a LaterOptionsProvider read the options it gives
// rather than the store (a store change alone does not re-render them).
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {act, cleanup, render} from '@testing-library/react';
import {readFileSync} from 'node:fs';
import {feature} from 'topojson-client';
import type {FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {FootprintData} from '../../src/data/load';
import type {Area, BoundaryOption} from '../../src/domain/types';
import {resetBuilder, useBuilder} from '../../src/state/builder';
import {MapInWords} from '../../src/ui/MapInWords';
import {LaterMapInWords} from '../../src/ui/later-panels';
import {LaterOptionsProvider, useShownOptions} from '../../src/ui/later-options';
import {NORTHAMPTONSHIRE, userOption} from '../unit/user-option';
import {GEOGRAPHY_2018} from '../unit/real-data';
import {In2018} from './in-2018';

const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as BoundaryOption[];
const topology = JSON.parse(readFileSync('data/england-2018/stps.topo.json', 'utf8'));
const areaShapes = feature(topology, topology.objects.areas) as unknown as FeatureCollection<
  Polygon | MultiPolygon,
  Area
>;
const data = {
  ...GEOGRAPHY_2018,
  options,
  areas: areaShapes.features.map((f) => f.properties),
  areaTopology: topology,
  areaShapes,
} as unknown as FootprintData;
const revised = options.find((o) => o.id === 'revised')!;
const mine = userOption(revised);
// The same option after a builder step: Northamptonshire back in the Midlands.
const stepped: BoundaryOption = {
  ...mine,
  assignments: {...mine.assignments, [NORTHAMPTONSHIRE]: revised.assignments[NORTHAMPTONSHIRE]!},
};

beforeEach(() => resetBuilder());
afterEach(() => {
  cleanup();
  resetBuilder();
});

/** What the plain panel shows for `option`, rendered on its own. */
function plainWords(option: BoundaryOption): string {
  const {container, unmount} = render(
    <In2018>
      <MapInWords data={data} option={option} />
    </In2018>,
  );
  const text = container.textContent;
  unmount();
  return text;
}

describe('a panel that follows the option one render later', () => {
  it('shows what the plain panel shows, and follows a new option', () => {
    const view = render(
      <In2018>
        <LaterMapInWords data={data} option={mine} />
      </In2018>,
    );
    const first = view.container.textContent;
    view.rerender(
      <In2018>
        <LaterMapInWords data={data} option={stepped} />
      </In2018>,
    );
    const second = view.container.textContent;
    view.unmount();
    expect(first).toBe(plainWords(mine));
    expect(second).toBe(plainWords(stepped));
    expect(second).not.toBe(first);
  });
});

describe('useShownOptions', () => {
  function Probe({onRender}: {onRender(options: BoundaryOption[]): void}) {
    const shown = useShownOptions(data);
    onRender(shown);
    return <p>{shown.length}</p>;
  }

  it('without a provider: the store’s options, re-rendered when the user’s options change', () => {
    const seen: BoundaryOption[][] = [];
    render(<Probe onRender={(o) => seen.push(o)} />);
    expect(seen.at(-1)).toEqual(options);
    act(() => useBuilder.getState().addOption(mine));
    expect(seen.at(-1)).toEqual([...options, mine]);
  });

  it('under a provider: the list it gives, not re-rendered by the store, following the list', () => {
    const seen: BoundaryOption[][] = [];
    const probe = <Probe onRender={(o) => seen.push(o)} />;
    const view = render(<LaterOptionsProvider options={options}>{probe}</LaterOptionsProvider>);
    const renders = seen.length;
    act(() => useBuilder.getState().addOption(mine));
    expect(seen.length).toBe(renders);
    view.rerender(
      <LaterOptionsProvider options={[...options, stepped]}>{probe}</LaterOptionsProvider>,
    );
    expect(seen.at(-1)).toEqual([...options, stepped]);
  });
});
