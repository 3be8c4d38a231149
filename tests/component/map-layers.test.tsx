// @vitest-environment jsdom
// The parts layer's checkbox names the parts with the manifest's nouns, singular before
// "boundaries" (a newcomer read "Show CCGs boundaries" on 2018), plural in the count.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen} from '@testing-library/react';
import {readFileSync} from 'node:fs';
import {MapLayers} from '../../src/ui/regions/MapLayers';

afterEach(cleanup);

const manifest2018 = JSON.parse(readFileSync('data/england-2018/manifest.json', 'utf8'));

describe('MapLayers', () => {
  it('reads "Show CCG boundaries (195 CCGs, April 2018)" with the 2018 manifest’s nouns', () => {
    render(
      <MapLayers parts={{noun: manifest2018.parts.noun, count: 195, vintage: 'April 2018'}} />,
    );
    expect(screen.getByRole('checkbox').closest('div')!.textContent).toContain(
      'Show CCG boundaries (195 CCGs, April 2018)',
    );
  });

  it('takes the noun from the geography, and counts one part as one', () => {
    render(<MapLayers parts={{noun: {one: 'ward', many: 'wards'}, count: 1, vintage: '2024'}} />);
    expect(
      screen.getByRole('checkbox', {name: 'Show ward boundaries (1 ward, 2024)'}),
    ).toBeTruthy();
  });

  it('shows nothing on a geography without parts', () => {
    const {container} = render(<MapLayers parts={null} />);
    expect(container.textContent).toBe('');
  });
});
