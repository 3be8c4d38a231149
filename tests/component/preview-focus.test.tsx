// @vitest-environment jsdom
// Focus around the preview card's Accept (PreviewCard.tsx): Accept lets go of focus before the
// step, for speed; when the step is refused the card stays, and so must focus, on Accept (it
// went to the page's body, lost for a keyboard user, before this test).
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen} from '@testing-library/react';
import {readFileSync} from 'node:fs';
import {basename} from 'node:path';
import type {FootprintData} from '../../src/data/load';
import {resetBuilder, useBuilder} from '../../src/state/builder';
import {startOption} from '../../src/state/builder-actions';
import {resetFootprint, useFootprint} from '../../src/state/store';
import {resetPartLayer} from '../../src/state/part-layer';
import {GeographyProvider} from '../../src/ui/geography-context';
import {MoveMenu} from '../../src/ui/builder/MoveMenu';
import {DATA_2018, option} from '../unit/real-data';

const GM = 'E54000007';
const data = DATA_2018 as unknown as FootprintData;

beforeEach(() => {
  resetBuilder();
  resetFootprint();
  resetPartLayer();
  vi.stubGlobal(
    'fetch',
    async (url: string) => new Response(readFileSync(`data/england-2018/${basename(String(url))}`)),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the preview card’s Accept and focus', () => {
  it('keeps focus on Accept when the step is refused (the card stays)', async () => {
    act(() => void startOption(data, option('revised')));
    render(
      <GeographyProvider data={data}>
        <MoveMenu data={data} />
      </GeographyProvider>,
    );
    act(() => useFootprint.getState().selectArea(GM));
    // A move to the region the area is already in: previewed, then refused at Accept.
    const home = option('revised').assignments[GM]!;
    act(() =>
      useBuilder.getState().propose({edit: {kind: 'move', unit: GM, to: home}, label: 'No move'}),
    );
    const accept = await screen.findByTestId('move-accept');
    expect(document.activeElement).toBe(accept);
    act(() => void fireEvent.click(accept));
    expect(useBuilder.getState().status).toMatch(/already/);
    expect(screen.getByTestId('move-accept')).toBe(accept);
    expect(document.activeElement).toBe(accept);
  });
});
