// @vitest-environment jsdom
// The builder's region list follows the option one render later (OptionEditor.tsx): a rename or
// recolour must not flash the old value back in between (review). The editor is given an option
// that lags behind the store, as the later render does, to show what the first render paints.
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {act, cleanup, fireEvent, render, screen} from '@testing-library/react';
import type {FootprintData} from '../../src/data/load';
import {resetBuilder, useBuilder} from '../../src/state/builder';
import {startOption} from '../../src/state/builder-actions';
import {resetFootprint} from '../../src/state/store';
import {resetPartLayer} from '../../src/state/part-layer';
import {GeographyProvider} from '../../src/ui/geography-context';
import {RegionEditor} from '../../src/ui/builder/RegionEditor';
import {REGION_PALETTE} from '../../src/domain/builder/palette';
import {DATA_2018, option} from '../unit/real-data';

const data = DATA_2018 as unknown as FootprintData;

beforeEach(() => {
  resetBuilder();
  resetFootprint();
  resetPartLayer();
});
afterEach(cleanup);

function editorOnStaleOption() {
  act(() => void startOption(data, option('revised')));
  const s = useBuilder.getState();
  const stale = s.userOptions.find((o) => o.id === s.editing!.optionId)!;
  const view = render(
    <GeographyProvider data={data}>
      <RegionEditor data={data} option={stale} />
    </GeographyProvider>,
  );
  const region = stale.regions.find((r) => r.id === 'midlands')!;
  const current = () => useBuilder.getState().userOptions.find((o) => o.id === stale.id)!;
  return {view, stale, region, current};
}

describe('the region list, one render behind the option', () => {
  it('keeps a new name on screen until the option carries it', () => {
    const {view, stale, region, current} = editorOnStaleOption();
    const input = screen.getByLabelText(`Name of region ${region.name}`) as HTMLInputElement;
    fireEvent.change(input, {target: {value: 'Heart of England'}});
    act(() => void fireEvent.keyDown(input, {key: 'Enter'}));
    expect(current().regions.find((r) => r.id === 'midlands')!.name).toBe('Heart of England');
    expect(input.value).toBe('Heart of England');
    // The later render brings the renamed option: still the new name.
    view.rerender(
      <GeographyProvider data={data}>
        <RegionEditor data={data} option={current()} />
      </GeographyProvider>,
    );
    expect((screen.getByDisplayValue('Heart of England') as HTMLInputElement).id).toBe(input.id);
    expect(stale.regions.find((r) => r.id === 'midlands')!.name).toBe(region.name);
  });

  it('keeps a new colour chosen until the option carries it', () => {
    const {region, current} = editorOnStaleOption();
    const select = screen.getByLabelText(`Colour of ${region.name}`) as HTMLSelectElement;
    const next = REGION_PALETTE.find((c) => c.toLowerCase() !== region.colour.toLowerCase())!;
    act(() => void fireEvent.change(select, {target: {value: next.toLowerCase()}}));
    expect(
      current()
        .regions.find((r) => r.id === 'midlands')!
        .colour.toLowerCase(),
    ).toBe(next.toLowerCase());
    expect(select.value).toBe(next.toLowerCase());
  });
});
