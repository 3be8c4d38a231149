// @vitest-environment jsdom
// The SVG map's first drawing at the prerendered map's size (issue 21): the app reads the box of
// the map the HTML painted (first-paint.ts prerenderedMapBox) before React replaces it, and the
// SVG view starts at that size in the home view, so React lays the map out once, not at 600 px
// and then again at the box's size. A size or view that is already the map's redraws nothing.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {prerenderedMapBox} from '../../src/map/first-paint';
import {SvgMapView} from '../../src/map/svg/svg-view';
import {homeViewport} from '../../src/map/home';
import {EMPTY_SCENE, sameScene} from '../../src/map/svg/scene';
import {areas, areaShapes, geography, option} from '../unit/real-data';

const data = {areas, areaShapes, geography} as ConstructorParameters<typeof SvgMapView>[0];

/** A page as the build writes it: <html data-fp-prerendered> and the map box, measuring `box`. */
function prerenderedPage(box: {width: number; height: number}, marked = true): void {
  if (marked) document.documentElement.setAttribute('data-fp-prerendered', '');
  document.body.innerHTML =
    '<div id="root"><div class="fp-app fp-prerender"><section class="fp-map-area"><div class="fp-map"><div class="fp-svgmap-host"><svg class="fp-svgmap"></svg></div></div></section></div></div>';
  const host = document.querySelector('.fp-svgmap-host')!;
  host.getBoundingClientRect = () => domRect(box);
}

/** A box at the page's top left of `size` CSS pixels, as getBoundingClientRect gives it. */
function domRect(size: {width: number; height: number}): DOMRect {
  const {width, height} = size;
  return {
    width,
    height,
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: width,
    bottom: height,
    toJSON: () => size,
  };
}

afterEach(() => {
  document.documentElement.removeAttribute('data-fp-prerendered');
  document.body.innerHTML = '';
});

describe('the prerendered map’s box', () => {
  it('is the size of the map box the HTML painted', () => {
    prerenderedPage({width: 812.5, height: 640});
    expect(prerenderedMapBox()).toEqual({width: 812.5, height: 640});
  });

  it('is null on a page that was not prerendered, or where the box is not laid out', () => {
    prerenderedPage({width: 812, height: 640}, false);
    expect(prerenderedMapBox()).toBeNull();
    prerenderedPage({width: 0, height: 640});
    expect(prerenderedMapBox()).toBeNull();
    prerenderedPage({width: 812, height: 0.5});
    expect(prerenderedMapBox()).toBeNull();
  });
});

describe('an SVG view started at a known size', () => {
  it('draws its first scene at that size, in the geography’s home view', () => {
    const view = new SvgMapView(data, option('revised'), {width: 812, height: 640});
    expect(view.getScene().size).toEqual({width: 812, height: 640});
    const home = homeViewport(geography.bounds, 812, 640);
    expect(view.viewport().zoom).toBeCloseTo(home.zoom, 9);
    expect(view.viewport().center[0]).toBeCloseTo(home.center[0], 9);
    expect(view.viewport().center[1]).toBeCloseTo(home.center[1], 9);
  });

  it('has no size without one, as before (the layout effect measures the box)', () => {
    expect(new SvgMapView(data, option('revised')).getScene().size).toBeNull();
  });

  it('redraws nothing when asked for the view it already shows, and redraws for another', () => {
    const view = new SvgMapView(data, option('revised'), {width: 812, height: 640});
    let redraws = 0;
    view.subscribe(() => redraws++);
    view.setViewport(null);
    expect(redraws).toBe(0);
    view.setViewport({center: [-1, 53], zoom: 7});
    expect(redraws).toBe(1);
  });
});

describe('attaching a view whose size is known', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** An <svg> as d3-zoom reads it (jsdom lays nothing out: its width and height are given). */
  function svgElement(): SVGSVGElement {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    for (const [side, value] of [
      ['width', 812],
      ['height', 640],
    ] as const)
      Object.defineProperty(svg, side, {value: {baseVal: {value}}});
    return svg;
  }

  /** A ResizeObserver that calls back when told to (jsdom has none). */
  function observers(): {resize: () => void} {
    let callback: () => void = () => undefined;
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: () => void) {
          callback = cb;
        }
        observe() {}
        disconnect() {}
      },
    );
    return {resize: () => callback()};
  }

  it('reads no box until its ResizeObserver calls, and then follows the box’s size', () => {
    const ro = observers();
    const view = new SvgMapView(data, option('revised'), {width: 812, height: 640});
    const svg = svgElement();
    const box = document.createElement('div');
    box.append(svg);
    document.body.append(box);
    let size = {width: 812, height: 640};
    const read = vi.fn(() => domRect(size));
    box.getBoundingClientRect = read;
    const detach = view.attach(svg, box);
    expect(read).not.toHaveBeenCalled();
    size = {width: 500, height: 700};
    ro.resize();
    expect(view.getScene().size).toEqual({width: 500, height: 700});
    const home = homeViewport(geography.bounds, 500, 700);
    expect(view.viewport().zoom).toBeCloseTo(home.zoom, 9);
    detach();
  });

  it('measures at once when no size is known', () => {
    observers();
    const view = new SvgMapView(data, option('revised'));
    const svg = svgElement();
    const box = document.createElement('div');
    const size = {width: 640, height: 480};
    box.getBoundingClientRect = () => domRect(size);
    view.attach(svg, box)();
    expect(view.getScene().size).toEqual(size);
  });
});

describe('a scene change that changes nothing', () => {
  const scene = {...EMPTY_SCENE, size: {width: 800, height: 600}, transform: {k: 64, x: 1, y: 2}};

  it('is the same size or view in new objects', () => {
    expect(sameScene(scene, {size: {width: 800, height: 600}})).toBe(true);
    expect(sameScene(scene, {transform: {k: 64, x: 1, y: 2}})).toBe(true);
    expect(sameScene(scene, {active: true, focused: null})).toBe(true);
  });

  it('is not a new size, view or list, nor an empty patch (a redraw asked for)', () => {
    expect(sameScene(scene, {size: {width: 800, height: 601}})).toBe(false);
    expect(sameScene(scene, {transform: {k: 64, x: 1.5, y: 2}})).toBe(false);
    expect(sameScene(scene, {size: null})).toBe(false);
    expect(sameScene(scene, {changes: []})).toBe(false);
    expect(sameScene(scene, {})).toBe(false);
  });
});
