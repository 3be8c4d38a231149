// Reads colours off real screenshots, so a test can check what the map actually painted.
import {PNG} from 'pngjs';
import type {Page} from 'playwright-core';

export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = PNG.sync.read(await page.screenshot());
  const scale = png.width / (page.viewportSize()?.width ?? png.width);
  const i = (Math.round(y * scale) * png.width + Math.round(x * scale)) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Largest per-channel difference: fills are drawn at 92% opacity over the sea colour. */
export function colourDistance(a: [number, number, number], b: [number, number, number]): number {
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
}

export async function projectOnPage(
  page: Page,
  lngLat: [number, number],
): Promise<{x: number; y: number}> {
  return page.evaluate(
    (ll) =>
      (
        window as never as {__footprintMap: {project(l: [number, number]): {x: number; y: number}}}
      ).__footprintMap.project(ll),
    lngLat,
  );
}
