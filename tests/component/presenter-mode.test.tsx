// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {act, cleanup, fireEvent, render, screen} from '@testing-library/react';
import {readFileSync} from 'node:fs';
import {feature} from 'topojson-client';
import type {FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {FootprintData} from '../../src/data/load';
import type {BoundaryOption, Area} from '../../src/domain/types';
import {useFootprint} from '../../src/state/store';
import {usePresenter} from '../../src/state/presenter';
import {PresenterMode, PresenterStart} from '../../src/ui/presenter/PresenterMode';
import {GEOGRAPHY_2018} from '../unit/real-data';

const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as BoundaryOption[];
const topology = JSON.parse(readFileSync('data/england-2018/stps.topo.json', 'utf8'));
const areas = (
  feature(topology, topology.objects.areas) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    Area
  >
).features.map((f) => f.properties);
const data = {...GEOGRAPHY_2018, options, areas} as unknown as FootprintData;

afterEach(() => {
  act(() => usePresenter.getState().setPresenting(false));
  cleanup();
});

function open() {
  render(
    <>
      <PresenterStart data={data} />
      <input aria-label="Some field" />
      <div className="fp-map">
        <canvas tabIndex={0} aria-label="Map canvas" />
      </div>
      <PresenterMode data={data} />
    </>,
  );
  const start = screen.getByRole('button', {name: 'Present the options step by step'});
  start.focus();
  fireEvent.click(start);
  return start;
}

describe('PresenterMode', () => {
  it('announces one short line per step and leaves the summary and region list not live', () => {
    open();
    expect(screen.getByTestId('presenter-status').textContent).toBe(
      `Step 1 of 3: ${options[0]!.title}, ${options[0]!.regions.length} regions.`,
    );
    fireEvent.keyDown(document.body, {key: 'ArrowRight'});
    expect(screen.getByTestId('presenter-status').textContent).toBe(
      `Step 2 of 3: ${options[1]!.title}, ${options[1]!.regions.length} regions.`,
    );
    expect(document.querySelectorAll('[aria-live]')).toHaveLength(0);
    expect(screen.getAllByRole('status')).toHaveLength(1);
  });

  it('leaves arrow keys to form controls and the map canvas', () => {
    open();
    fireEvent.keyDown(screen.getByRole('textbox', {name: 'Some field'}), {key: 'ArrowRight'});
    fireEvent.keyDown(screen.getByLabelText('Map canvas'), {key: 'ArrowRight'});
    expect(useFootprint.getState().optionId).toBe(options[0]!.id);
    fireEvent.keyDown(document.body, {key: 'ArrowRight'});
    expect(useFootprint.getState().optionId).toBe(options[1]!.id);
  });

  it('gives focus back to the button that opened it when it closes', () => {
    const start = open();
    expect(document.activeElement?.id).toBe('fp-presenter-title');
    fireEvent.keyDown(document.body, {key: 'Escape'});
    expect(screen.queryByTestId('presenter')).toBeNull();
    expect(document.activeElement).toBe(start);
  });
});
