// The chooser's link to another geography (src/state/geography-link.ts) and an option's noun for
// its groups (groupNounOf): the default geography is written with no parameter, so its links
// read as they always have, and a choice that names the other geography's ids is left out.
import {describe, expect, it} from 'vitest';
import {geographyHref} from '../../src/state/geography-link';
import {groupNounOf, mapLabel} from '../../src/domain/geography';
import {geography as g2018, options as options2018} from './real-data';
import {readFileSync} from 'node:fs';

const PAGE = 'https://example.org/footprint/';
const options2026 = (
  JSON.parse(readFileSync('data/england-2026/options.json', 'utf8')) as {
    options: {id: string; groupNoun?: {one: string; many: string}}[];
  }
).options;

describe('geographyHref', () => {
  it('adds geography= for another geography and drops the choices that belong to this one', () => {
    const href = geographyHref(
      `${PAGE}?option=initial&compare=before&stp=E54000020&region=midlands&layers=ccgs&flows=on&renderer=svg#fp-map`,
      'england-2026',
      'england-2018',
    );
    const url = new URL(href);
    expect(url.pathname).toBe('/footprint/');
    expect([...url.searchParams.keys()].sort()).toEqual(['flows', 'geography', 'renderer']);
    expect(url.searchParams.get('geography')).toBe('england-2026');
    expect(url.hash).toBe('');
  });

  it("drops a user option's parameters (base, moves, title) with the rest", () => {
    const url = new URL(
      geographyHref(
        `${PAGE}?option=mine-1&base=revised&move=midlands.E54000020&title=Mine&compare-base=initial`,
        'england-2026',
        'england-2018',
      ),
    );
    expect(url.search).toBe('?geography=england-2026');
  });

  it('writes no parameter for the default geography, so a 2018 link stays as it was', () => {
    expect(
      geographyHref(
        `${PAGE}?geography=england-2026&option=clusters-2025&view=table`,
        'england-2018',
        'england-2018',
      ),
    ).toBe(`${PAGE}?view=table`);
    expect(geographyHref(`${PAGE}?geography=england-2026`, 'england-2018', 'england-2018')).toBe(
      PAGE,
    );
  });
});

describe('groupNounOf', () => {
  it("keeps the 2018 options' word: region(s)", () => {
    for (const o of options2018)
      expect(groupNounOf(o, g2018)).toEqual({one: 'region', many: 'regions'});
    expect(mapLabel(g2018, 'Revised proposal', groupNounOf(options2018[0]!, g2018))).toBe(
      mapLabel(g2018, 'Revised proposal'),
    );
  });

  it('gives each England 2026 option its own word', () => {
    const many = Object.fromEntries(options2026.map((o) => [o.id, groupNounOf(o, g2018).many]));
    expect(many).toEqual({
      'icbs-2023': 'ICBs',
      'icbs-2026': 'ICBs',
      'clusters-2025': 'clusters',
      'nhs-regions': 'regions',
    });
  });
});
