// @vitest-environment jsdom
// England 2026 in the components: the legend and the Regions table count the groups in the
// option's own noun ("36 ICBs", "26 clusters") while the 2018 options read as before; an
// unconfirmed cluster is marked in the legend and its reason shown in the details; the header's
// chooser lists the built-in geographies and opens another with the other geography's choices left out.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import {readFileSync} from 'node:fs';
import {feature} from 'topojson-client';
import type {FootprintData} from '../../src/data/load';
import type {Area, BoundaryOption} from '../../src/domain/types';
import {geographyManifestSchema} from '../../src/data/manifest-schema';
import {GeographyProvider} from '../../src/ui/geography-context';
import {Legend} from '../../src/ui/Legend';
import {RegionsTable} from '../../src/ui/regions/RegionsTable';
import {UncertainDetails} from '../../src/ui/UncertainNote';
import {GeographyChooser} from '../../src/ui/GeographyChooser';
import {OptionSwitch} from '../../src/ui/OptionSwitch';
import {areas as areas2018, options as options2018, GEOGRAPHY_2018} from '../unit/real-data';

const json = (file: string) => JSON.parse(readFileSync(`data/england-2026/${file}`, 'utf8'));
const geography = geographyManifestSchema.parse(json('manifest.json'));
const topology = json(geography.files.areas);
const areas = (
  feature(topology, topology.objects.areas) as unknown as {features: {properties: Area}[]}
).features.map((f) => f.properties);
const options: BoundaryOption[] = json(geography.files.options).options;
const option = (id: string) => options.find((o) => o.id === id)!;
const data2026 = {
  geography,
  fileUrl: (n: string) => `/assets/${n}`,
  geographyMessages: [],
  areas,
  options,
} as unknown as FootprintData;
const data2018 = {
  ...GEOGRAPHY_2018,
  areas: areas2018,
  options: options2018,
} as unknown as FootprintData;

afterEach(cleanup);

const legend = (data: FootprintData, o: BoundaryOption) =>
  render(
    <GeographyProvider data={data}>
      <Legend option={o} areas={data.areas} />
    </GeographyProvider>,
  );

describe('groups named by the option', () => {
  it.each([
    ['icbs-2023', 'Legend: 42 ICBs'],
    ['icbs-2026', 'Legend: 36 ICBs'],
    ['clusters-2025', 'Legend: 26 clusters'],
    ['nhs-regions', 'Legend: 7 regions'],
  ])('%s: the legend heading reads "%s"', (id, heading) => {
    legend(data2026, option(id));
    expect(screen.getByRole('heading', {level: 2}).textContent).toBe(heading);
  });

  it("the option switch counts each option's groups in its noun; 2018's in regions", () => {
    const hints = (data: FootprintData) => {
      render(
        <GeographyProvider data={data}>
          <OptionSwitch options={data.options} />
        </GeographyProvider>,
      );
      const words = [...document.querySelectorAll('.nhsuk-radios__hint')].map(
        (h) => h.textContent!.split(' · ')[0],
      );
      cleanup();
      return words;
    };
    expect(hints(data2026)).toEqual(['42 ICBs', '36 ICBs', '26 clusters', '7 regions']);
    expect(hints(data2018)).toEqual(options2018.map((o) => `${o.regions.length} regions`));
  });

  it('the 2018 legends read as before', () => {
    for (const o of options2018) {
      legend(data2018, o);
      expect(screen.getByRole('heading', {level: 2}).textContent).toBe(
        `Legend: ${o.regions.length} regions`,
      );
      expect(screen.queryByTestId('legend-uncertain')).toBeNull();
      cleanup();
    }
  });

  it("the Regions table's caption and first column use the noun; 2018's stay Regions / Region", () => {
    const table = (data: FootprintData, o: BoundaryOption) => {
      render(
        <GeographyProvider data={data}>
          <RegionsTable data={data} option={o} />
        </GeographyProvider>,
      );
      const t = screen.getByTestId('regions-table');
      const words = [
        t.querySelector('caption')!.textContent,
        within(t).getAllByRole('columnheader')[0]!.textContent,
      ];
      cleanup();
      return words;
    };
    expect(table(data2026, option('icbs-2026'))[0]).toBe('ICBs');
    expect(table(data2026, option('icbs-2026'))[1]).toMatch(/^ICB/);
    expect(table(data2026, option('clusters-2025'))[0]).toBe('Clusters');
    expect(table(data2018, options2018[0]!)[0]).toBe('Regions');
    expect(table(data2018, options2018[0]!)[1]).toMatch(/^Region/);
  });
});

describe('unconfirmed clusters', () => {
  const clusters = option('clusters-2025');
  const uncertain = clusters.regions.filter((r) => r.uncertain);

  it('are marked in the legend: a dashed swatch each, and a note counting them', () => {
    expect(uncertain.length).toBeGreaterThan(0);
    legend(data2026, clusters);
    const list = screen.getByTestId('legend');
    expect(list.querySelectorAll('.fp-swatch--uncertain').length).toBe(uncertain.length);
    // In the legend's order, the option's: every unconfirmed group, and only they, say so in their name.
    const said = within(list)
      .getAllByRole('button')
      .map((b) => /not confirmed/i.test(b.textContent!));
    expect(said).toEqual(clusters.regions.map((r) => Boolean(r.uncertain)));
    expect(screen.getByTestId('legend-uncertain').textContent).toContain(
      `Not confirmed ${uncertain.length} clusters`,
    );
  });

  it('carry their reason in the details, with a Not confirmed tag; a confirmed group has none', () => {
    const r = uncertain[0]!;
    render(<UncertainDetails region={r} />);
    const note = screen.getByTestId('details-uncertain');
    expect(note.textContent).toBe(`Not confirmed ${r.uncertain}`);
    cleanup();
    render(<UncertainDetails region={clusters.regions.find((x) => !x.uncertain)!} />);
    expect(screen.queryByTestId('details-uncertain')).toBeNull();
  });
});

describe('the geography chooser', () => {
  it("lists the built-in geographies by title and opens the chosen one without this one's choices", () => {
    window.history.replaceState(null, '', '/?option=initial&stp=E54000020&flows=on#fp-map');
    const navigate = vi.fn();
    render(
      <GeographyChooser
        current={{id: 'england-2018', title: 'England, April 2018: 42 STPs'}}
        navigate={navigate}
      />,
    );
    const select = screen.getByLabelText('Geography') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'England, April 2018: 42 STPs',
      geography.title,
    ]);
    expect(select.value).toBe('england-2018');
    // Choosing alone does not leave the page (arrow keys on a closed select change it).
    fireEvent.change(select, {target: {value: 'england-2026'}});
    expect(navigate).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', {name: 'Open'}));
    expect(navigate).toHaveBeenCalledTimes(1);
    const url = new URL(navigate.mock.calls[0]![0] as string);
    expect(url.search).toBe('?flows=on&geography=england-2026');
  });

  it('lists a hosted geography it is showing, and going back to the default writes no geography=', () => {
    window.history.replaceState(null, '', '/?geography=test-grid&option=bands');
    const navigate = vi.fn();
    render(
      <GeographyChooser current={{id: 'test-grid', title: 'Test grid'}} navigate={navigate} />,
    );
    const select = screen.getByLabelText('Geography') as HTMLSelectElement;
    expect(select.value).toBe('test-grid');
    fireEvent.change(select, {target: {value: 'england-2018'}});
    fireEvent.click(screen.getByRole('button', {name: 'Open'}));
    expect(new URL(navigate.mock.calls[0]![0] as string).search).toBe('');
  });
});
