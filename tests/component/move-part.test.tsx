// @vitest-environment jsdom
// The move box with parts (issue 19): once the part layer loads, a second select offers the
// chosen area's parts; choosing one previews its move at part level (Tameside and Glossop CCG
// to the Midlands: +258,613 / −258,613) with its flows CCG by CCG once the CCG → trust file is
// in, and accepts it as a part move. A geography without parts shows no such select.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen, waitFor} from '@testing-library/react';
import {TAMESIDE_PREVIEW_CONTAINMENT} from '../unit/builder-part-fixtures';
import {readFileSync} from 'node:fs';
import {basename} from 'node:path';
import type {FootprintData} from '../../src/data/load';
import {editedOption, resetBuilder, useBuilder} from '../../src/state/builder';
import {startOption} from '../../src/state/builder-actions';
import {resetFootprint, useFootprint} from '../../src/state/store';
import {loadPartLayer, resetPartLayer, usePartLayer} from '../../src/state/part-layer';
import {GeographyProvider} from '../../src/ui/geography-context';
import {MoveMenu} from '../../src/ui/builder/MoveMenu';
import {DATA_2018, option} from '../unit/real-data';

const GM = 'E54000007';
const TAMESIDE = 'E38000182';
const data = DATA_2018 as unknown as FootprintData;

function renderMenu(d: FootprintData) {
  act(() => void startOption(d, option('revised')));
  render(
    <GeographyProvider data={d}>
      <MoveMenu data={d} />
    </GeographyProvider>,
  );
  act(() => useFootprint.getState().selectArea(GM));
}

beforeEach(() => {
  resetBuilder();
  resetFootprint();
  resetPartLayer();
  // The data files, from the built folder, whatever URL the page would fetch them from.
  vi.stubGlobal(
    'fetch',
    async (url: string) => new Response(readFileSync(`data/england-2018/${basename(String(url))}`)),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('moving one part from the move box', () => {
  it('lists the chosen area’s parts, previews one part’s move and accepts it as a part move', async () => {
    renderMenu(data);
    const partSelect = await screen.findByLabelText('Move the whole STP or one CCG');
    const choices = [...(partSelect as HTMLSelectElement).options].map((o) => o.textContent);
    expect(choices[0]).toBe('The whole STP');
    expect(choices).toContain('Tameside and Glossop CCG');
    expect(choices).toHaveLength(
      1 + usePartLayer.getState().mapped!.filter((c) => c.areaCode === GM).length,
    );
    fireEvent.change(partSelect, {target: {value: TAMESIDE}});
    expect(screen.getByTestId('move-from').textContent).toBe(
      'Tameside and Glossop CCG is in North West. Move it to:',
    );
    fireEvent.click(screen.getByTestId('move-to-midlands'));
    const midlands = (await screen.findByTestId('preview-midlands')).textContent!;
    expect(midlands).toContain('Population+258,613');
    expect(screen.getByTestId('preview-north-west').textContent).toContain('Population−258,613');
    // Said in words while the CCG → trust file loads, never 0; then the figures.
    expect(midlands).not.toMatch(/Flow containment[+−]?0/);
    await waitFor(
      () =>
        expect(screen.getByTestId('preview-midlands').textContent).toContain(
          TAMESIDE_PREVIEW_CONTAINMENT.midlands,
        ),
      {timeout: 10_000},
    );
    fireEvent.click(screen.getByTestId('move-accept'));
    expect(editedOption(useBuilder.getState())!.partAssignments).toEqual({[TAMESIDE]: 'midlands'});
    // The whole area then, to London: worked out part by part, the Midlands give Tameside back.
    fireEvent.change(screen.getByTestId('move-part'), {target: {value: ''}});
    fireEvent.click(screen.getByTestId('move-to-london'));
    expect((await screen.findByTestId('preview-midlands')).textContent).toContain(
      'Population−258,613',
    );
  });

  it('goes back to moving the whole area when another area is chosen', async () => {
    renderMenu(data);
    fireEvent.change(await screen.findByTestId('move-part'), {target: {value: TAMESIDE}});
    act(() => useFootprint.getState().selectArea('E54000013'));
    expect(screen.getByTestId('move-from').textContent).toBe(
      'Lincolnshire is in Midlands. Move it to:',
    );
    // Back at the first area, the whole area is chosen again, not the part chosen before.
    act(() => useFootprint.getState().selectArea(GM));
    expect((screen.getByTestId('move-part') as HTMLSelectElement).value).toBe('');
    expect(screen.getByTestId('move-from').textContent).toBe(
      'Greater Manchester is in North West. Move it to:',
    );
  });

  it('offers no part select where the geography has no parts, whatever the store holds', async () => {
    await loadPartLayer(data);
    const geography = {
      ...data.geography,
      id: 'no-parts',
      parts: null,
      files: {...data.geography.files, parts: undefined},
    };
    renderMenu({...data, geography});
    await screen.findByTestId('move-from');
    expect(screen.queryByTestId('move-part')).toBeNull();
  });
});
