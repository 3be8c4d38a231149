// What each value in a link may be, as zod schemas over the parameter's text: the bounds of
// every number (LIMITS), flags, the map view and the flow direction. Read by link-decode.ts;
// a value a schema refuses falls back to its default there, with a message.
import {z} from '../zod';
import type {FlowDirection, MapViewport} from './store';

// Bounds generous enough for any real view, tight enough that no value can hurt the page.
export const LIMITS = {
  minVolume: {min: 0, max: 10_000_000},
  topN: {min: 1, max: 500},
  lat: {min: 48, max: 62},
  lng: {min: -14, max: 8},
  zoom: {min: 0, max: 16},
};
const DIRECTIONS = ['in', 'out', 'both'] as const satisfies readonly FlowDirection[];

// zod/mini's functional API (src/zod.ts): z.pipe(a, b) is classic a.pipe(b).
export const flag = z.pipe(
  z.enum(['0', '1']),
  z.transform((v) => v === '1'),
);
const wholeNumber = (min: number, max: number) =>
  z.pipe(
    z.pipe(z.string().check(z.regex(/^\d{1,9}$/)), z.transform(Number)),
    z.int().check(z.gte(min), z.lte(max)),
  );
const decimal = (min: number, max: number) =>
  z.pipe(
    z.pipe(z.string().check(z.regex(/^-?\d{1,3}(\.\d{1,8})?$/)), z.transform(Number)),
    z.number().check(z.gte(min), z.lte(max)),
  );
export const viewSchema = z.pipe(
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((s) => s.split(',')),
    ),
    z.tuple([
      decimal(LIMITS.lat.min, LIMITS.lat.max),
      decimal(LIMITS.lng.min, LIMITS.lng.max),
      decimal(LIMITS.zoom.min, LIMITS.zoom.max),
    ]),
  ),
  z.transform(([lat, lng, zoom]): MapViewport => ({center: [lng, lat], zoom})),
);
export const direction = z.pipe(
  z.pipe(
    z.string(),
    z.transform((s) => s.toLowerCase()),
  ),
  z.enum(DIRECTIONS),
);

// Built once: building a zod schema costs far more than parsing with it.
export const minVolumeSchema = wholeNumber(LIMITS.minVolume.min, LIMITS.minVolume.max);
export const topNSchema = wholeNumber(LIMITS.topN.min, LIMITS.topN.max);
