// Read-only windows into the SVG map for the browser tests, with the same names and shapes as
// the WebGL map's (see ../maplibre), so one test reads either renderer.
import {exposeForTests} from '../test-hooks';
import type {SvgMapView} from './svg-view';

export function exposeSvgForTests(view: SvgMapView, container: HTMLElement): void {
  const scene = () => view.getScene();
  exposeForTests('__footprintMap', {
    renderer: 'svg',
    areaState: (code: string) => {
      const {option, selected, focused, region} = scene();
      const own = option?.assignments[code] ?? null;
      return {
        colour: option?.regions.find((r) => r.id === own)?.colour ?? null,
        region: own,
        selected: selected === code,
        focused: focused === code,
        dimmed: region !== null && own !== region,
      };
    },
    project: (lngLat: [number, number]) => {
      const [x, y] = view.project(lngLat);
      const box = container.getBoundingClientRect();
      return {x: x + box.left, y: y + box.top};
    },
    zoom: () => view.viewport().zoom,
    center: () => view.viewport().center,
  });
  const lines = () =>
    scene().flows?.features.features.filter((f) => f.geometry.type === 'LineString') ?? [];
  const keys = (type: string) =>
    [
      ...new Set(
        (scene().flows?.features.features ?? [])
          .filter((f) => f.geometry.type === type)
          .map((f) => f.properties?.key as string),
      ),
    ].sort();
  exposeForTests('__footprintFlows', {
    arrows: () => keys('LineString'),
    heads: () => keys('Point'),
    midpoint: (key: string): [number, number] | null => {
      const line = lines().find((f) => f.properties?.key === key);
      if (!line || line.geometry.type !== 'LineString') return null;
      return line.geometry.coordinates[Math.floor(line.geometry.coordinates.length / 2)] as [
        number,
        number,
      ];
    },
    crossing: () =>
      Object.fromEntries(lines().map((f) => [f.properties?.key, f.properties?.crossRegion])),
  });
  exposeForTests('__footprintChanges', {
    hatched: () =>
      scene()
        .changes.map((c) => c.code)
        .sort(),
    fading: () => [...scene().fading].sort(),
    rendered: () =>
      [...document.querySelectorAll('[data-hatched]')]
        .map((el) => el.getAttribute('data-hatched')!)
        .sort(),
  });
}
