// The app's one Web Mercator (src/domain/projection.ts), in MapLibre's world units: a view that
// fits a box, the prerendered viewBox, and the stream transform the SVG paths are drawn with.
import {describe, expect, it} from 'vitest';
import {geoPath} from 'd3-geo';
import {
  fitView,
  fromWorld,
  toWorld,
  worldBox,
  worldTransform,
  WORLD_SIZE,
  type LonLatBounds,
} from '../../src/domain/projection';

// A box straddling the equator and the meridian, 22.5° on each side (45° wide): 64 world pixels
// wide at zoom 0.
const BOX: LonLatBounds = [-22.5, -22.5, 22.5, 22.5];
const [bx0, by1] = toWorld([BOX[0], BOX[1]]);
const [bx1, by0] = toWorld([BOX[2], BOX[3]]);
const [W, H] = [bx1 - bx0, by1 - by0];

describe('fitView', () => {
  it('centres the box and zooms so its wider side fills the box', () => {
    expect(W).toBeCloseTo(WORLD_SIZE / 8, 9);
    const view = fitView(BOX, 256, 512);
    expect(view.center[0]).toBeCloseTo(0, 9);
    expect(view.center[1]).toBeCloseTo(0, 9);
    // 256 px for 64 world px: zoom 2 (the height, 512 for 65.x, allows more).
    expect(view.zoom).toBeCloseTo(Math.log2(256 / W), 9);
    expect(fitView(BOX, 1024, 128).zoom).toBeCloseTo(Math.log2(128 / H), 9);
  });

  it('centres an off-centre box on its middle in world units (Mercator, not degrees)', () => {
    const view = fitView([0, 40, 10, 60], 500, 500);
    const [x0, y1] = toWorld([0, 40]);
    const [x1, y0] = toWorld([10, 60]);
    const mid = fromWorld([(x0 + x1) / 2, (y0 + y1) / 2]);
    expect(view.center[0]).toBeCloseTo(5, 9);
    expect(view.center[1]).toBeCloseTo(mid[1], 9);
    expect(view.center[1]).toBeGreaterThan(50);
  });

  it('leaves padding pixels on each side, and never less than one pixel to fill', () => {
    expect(fitView(BOX, 256, 256, {padding: 28}).zoom).toBeCloseTo(Math.log2(200 / H), 9);
    expect(fitView(BOX, 40, 40, {padding: 30}).zoom).toBeCloseTo(Math.log2(1 / H), 9);
  });

  it('grows the bounds by relativePad of their size on each side', () => {
    expect(fitView(BOX, 300, 300, {relativePad: 0.25}).zoom).toBeCloseTo(
      Math.log2(300 / (H * 1.5)),
      9,
    );
    // A tall viewport: the width decides.
    expect(fitView(BOX, 300, 9000, {relativePad: 0.25}).zoom).toBeCloseTo(
      Math.log2(300 / (W * 1.5)),
      9,
    );
  });

  it('caps the zoom at maxZoom (22 unless given)', () => {
    const tiny: LonLatBounds = [0, 0, 1e-9, 1e-9];
    expect(fitView(tiny, 500, 500).zoom).toBe(22);
    expect(fitView(BOX, 256, 256, {maxZoom: 1}).zoom).toBe(1);
  });
});

describe('worldBox', () => {
  it('is the bounds in world pixels, grown by relativePad per side', () => {
    expect(worldBox(BOX)).toEqual([bx0, by0, W, H]);
    const [x, y, w, h] = worldBox(BOX, 0.1);
    expect(x).toBeCloseTo(bx0 - W * 0.1, 9);
    expect(y).toBeCloseTo(by0 - H * 0.1, 9);
    expect(w).toBeCloseTo(W * 1.2, 9);
    expect(h).toBeCloseTo(H * 1.2, 9);
  });
});

describe('worldTransform', () => {
  const square = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [0, 0],
        [22.5, 0],
        [22.5, 22.5],
        [0, 22.5],
        [0, 0],
      ],
    ],
  };

  it('projects points to world pixels, then through the screen function', () => {
    const world = geoPath(worldTransform()).bounds(square);
    expect(world[0][0]).toBeCloseTo(256, 9);
    expect(world[1][1]).toBeCloseTo(256, 9);
    expect(world[1][0]).toBeCloseTo(256 + W / 2, 9);
    const doubled = geoPath(worldTransform(([x, y]) => [2 * x, 2 * y + 1])).bounds(square);
    expect(doubled[0][0]).toBeCloseTo(512, 9);
    expect(doubled[1][1]).toBeCloseTo(513, 9);
  });
});
