// @vitest-environment jsdom
// One drawing spec (src/map/draw-spec.ts): the main SVG map, the static maps of the side-by-side
// view and board pack, the WebGL map's hatch image and the HTML labels' CSS all draw a change
// and a region name the same way.
import {readFileSync} from 'node:fs';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import type {FootprintData} from '../../src/data/load';
import {CHANGE_LABEL, CHANGE_OUTLINE, HATCH, REGION_LABEL} from '../../src/map/draw-spec';
import {hatchPixels} from '../../src/map/maplibre/change-layer';
import {OptionSvg} from '../../src/map/svg/OptionSvg';
import {EMPTY_SCENE} from '../../src/map/svg/scene';
import {svgMap} from '../../src/map/svg/static-map';
import {SvgScene} from '../../src/map/svg/SvgScene';
import {
  GEOGRAPHY_2018,
  NORTHAMPTONSHIRE,
  option,
  areas,
  areaShapes,
  areaTopology,
} from '../unit/real-data';

const data = {
  ...GEOGRAPHY_2018,
  areas,
  areaShapes,
  areaTopology,
  context: {type: 'FeatureCollection', features: []},
} as unknown as FootprintData;
const revised = option('revised');
const northants = areas.find((s) => s.code === NORTHAMPTONSHIRE)!;

/** The hatch pattern's tile and stripe, and the dashed outline's stroke, as drawn in `markup`. */
function changeDrawing(markup: string) {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  const pattern = doc.querySelector('pattern')!;
  const stripe = pattern.querySelector('rect')!;
  const dashed = doc.querySelector('path[stroke-dasharray]')!;
  const attrs = (el: Element, names: string[]) =>
    Object.fromEntries(names.map((n) => [n, el.getAttribute(n)]));
  return {
    tile: attrs(pattern, ['width', 'height', 'patternTransform']),
    stripe: attrs(stripe, ['width', 'height', 'fill', 'fill-opacity']),
    outline: attrs(dashed, ['stroke', 'stroke-width', 'stroke-dasharray']),
  };
}

describe('one drawing of a change', () => {
  const main = renderToStaticMarkup(
    <SvgScene
      data={data}
      scene={{
        ...EMPTY_SCENE,
        option: revised,
        changes: [
          {
            code: NORTHAMPTONSHIRE,
            anchor: northants.anchor,
            label: 'Northamptonshire',
            level: 'area',
          },
        ],
      }}
      label="map"
    />,
  );
  const fixed = renderToStaticMarkup(
    <OptionSvg map={svgMap(data, revised)} title="map" hatched={new Set([NORTHAMPTONSHIRE])} />,
  );

  it('the main map draws the spec', () => {
    expect(changeDrawing(main)).toEqual({
      tile: {
        width: String(HATCH.spacing),
        height: String(HATCH.spacing),
        patternTransform: `rotate(${HATCH.angle})`,
      },
      stripe: {
        width: String(HATCH.stripe),
        height: String(HATCH.spacing),
        fill: HATCH.colour,
        'fill-opacity': String(HATCH.opacity),
      },
      outline: {
        stroke: CHANGE_OUTLINE.colour,
        'stroke-width': String(CHANGE_OUTLINE.width),
        'stroke-dasharray': CHANGE_OUTLINE.dash.join(' '),
      },
    });
  });

  it('the side-by-side and board pack maps draw it the same way', () => {
    expect(changeDrawing(fixed)).toEqual(changeDrawing(main));
  });

  it('the static map names the regions with room on the whole map, inside its edges', () => {
    const doc = new DOMParser().parseFromString(
      renderToStaticMarkup(<OptionSvg map={svgMap(data, revised)} title="map" />),
      'text/html',
    );
    const names = [...doc.querySelectorAll('.fp-svg-map__region')];
    // Every region is named at 520 px, London too: the middle of its name lies inside it (a name
    // with no such room would be left out, and the map's key would name it).
    expect(names.map((n) => n.getAttribute('data-name')).sort()).toEqual(
      revised.regions.map((r) => r.name).sort(),
    );
    const width = svgMap(data, revised).width;
    for (const n of names) {
      const lines = n.querySelectorAll('tspan').length
        ? [...n.querySelectorAll('tspan')].map((t) => t.textContent!)
        : [n.textContent!];
      const half = (Math.max(...lines.map((l) => l.length)) * REGION_LABEL.charWidth) / 2;
      expect(Number(n.getAttribute('x')) + half).toBeLessThanOrEqual(width);
      expect(Number(n.getAttribute('x')) - half).toBeGreaterThanOrEqual(0);
    }
  });

  it('region names are the same size on both', () => {
    const size = (markup: string, selector: string) =>
      new DOMParser()
        .parseFromString(markup, 'text/html')
        .querySelector(selector)!
        .getAttribute('font-size');
    expect(size(fixed, '.fp-svg-map__region')).toBe(String(REGION_LABEL.fontSize));
    expect(size(main, '.fp-region-label')).toBe(String(REGION_LABEL.fontSize));
  });

  it("the WebGL map's hatch tile has the spec's spacing, stripe and ink", () => {
    const {width, data: pixels} = hatchPixels(2);
    // Stripes along the tile's diagonals: width/√2 device pixels apart, at 2 to the CSS pixel.
    expect(width / Math.SQRT2 / 2).toBeCloseTo(HATCH.spacing, 0);
    const inked = [...Array(width).keys()].filter((x) => pixels[x * 4 + 3]! > 0).length;
    expect(inked / Math.SQRT2 / 2).toBeCloseTo(HATCH.stripe, 0);
    expect([...pixels.slice(0, 4)]).toEqual([0x21, 0x2b, 0x32, Math.round(HATCH.opacity * 255)]);
  });
});

describe("the HTML labels' CSS repeats the spec", () => {
  const fontSize = (file: string, selector: string) =>
    new RegExp(`^\\${selector} \\{\\n  font:\\s+bold (\\d+)px`, 'm').exec(
      readFileSync(file, 'utf8'),
    )?.[1];
  it('region names', () =>
    expect(fontSize('src/ui/styles/app.scss', '.fp-region-label')).toBe(
      String(REGION_LABEL.fontSize),
    ));
  it('"moves" labels', () =>
    expect(fontSize('src/ui/compare/compare.scss', '.fp-change-label')).toBe(
      String(CHANGE_LABEL.fontSize),
    ));
  it("the hatch's key: its stripes as wide and as far apart as the map's", () => {
    const key =
      /^\.fp-hatch-key \{[^}]*repeating-linear-gradient\(-45deg, [^ ]+ 0 ([\d.]+)px, #fff [\d.]+px ([\d.]+)px\)/m.exec(
        readFileSync('src/ui/styles/app.scss', 'utf8'),
      );
    expect(key?.slice(1).map(Number)).toEqual([HATCH.stripe, HATCH.spacing]);
  });
});
