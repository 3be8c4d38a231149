// The flow layers' look: the casing, line and arrowhead layers, the arrowhead images drawn at
// run time (no sprite file, no glyphs), and widths data-driven on `volume` with one scale for
// every option, so thickness means the same number whatever is filtered. Used by flow-layer.ts.
import type {ExpressionSpecification, FilterSpecification, Map as MapLibreMap} from 'maplibre-gl';
import type {FlowScale} from '../../domain/flow-arrows';
import {FLOW_COLOURS, FLOW_WITHIN_DASH} from '../../domain/flow-style';
import type {FlowDrawing} from '../map-view';
import {LAYER, SOURCE} from './layer-ids';

const HEAD = {cross: 'fp-flow-head-cross', within: 'fp-flow-head-within'};

/** A filled triangle pointing up with a white edge, its base on the bottom edge so that
 * icon-anchor "bottom" puts the base at the end of the line. */
function headImage(colour: string): ImageData {
  const size = 36;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.beginPath();
  ctx.moveTo(size / 2, 3);
  ctx.lineTo(size - 4, size - 2);
  ctx.lineTo(4, size - 2);
  ctx.closePath();
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = FLOW_COLOURS.casing;
  ctx.fillStyle = colour;
  ctx.stroke();
  ctx.fill();
  return ctx.getImageData(0, 0, size, size);
}

/** a + b·√volume, clamped at the scale's maximum: the same curve as flowWidth in the domain. */
function sqrtScale(scale: FlowScale, low: number, high: number): ExpressionSpecification {
  const k = scale.maxVolume > 0 ? (high - low) / Math.sqrt(scale.maxVolume) : 0;
  return ['+', low, ['*', k, ['sqrt', ['min', ['get', 'volume'], scale.maxVolume]]]];
}

/** Full size from the England view on a desktop (zoom 5.5) in; about half on a phone-sized
 * England, where the same pixels would cover the map. */
const byZoom = (e: ExpressionSpecification): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  4.5,
  ['*', 0.5, e],
  5.5,
  e,
];

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'highlight'], false];
const isCross: ExpressionSpecification = ['get', 'crossRegion'];

/** Add the arrowhead images, the flows' source (holding `features`) and their three layers,
 * above region outlines and below the focus and selection outlines. */
export function addFlowLayers(map: MapLibreMap, features: FlowDrawing['features']): void {
  map.addImage(HEAD.cross, headImage(FLOW_COLOURS.cross), {pixelRatio: 2});
  map.addImage(HEAD.within, headImage(FLOW_COLOURS.within), {pixelRatio: 2});
  map.addSource(SOURCE.flows, {type: 'geojson', data: features});
  const lines: FilterSpecification = ['==', ['geometry-type'], 'LineString'];
  map.addLayer(
    {
      id: LAYER.flowCasing,
      type: 'line',
      source: SOURCE.flows,
      filter: lines,
      layout: {'line-cap': 'round', 'line-join': 'round'},
      paint: {
        'line-color': ['case', hovered, FLOW_COLOURS.cross, FLOW_COLOURS.casing],
        'line-opacity': 0.85,
      },
    },
    LAYER.areaFocus,
  );
  map.addLayer(
    {
      id: LAYER.flowLine,
      type: 'line',
      source: SOURCE.flows,
      filter: lines,
      layout: {'line-cap': 'butt', 'line-join': 'round'},
      paint: {
        'line-color': [
          'case',
          hovered,
          FLOW_COLOURS.highlight,
          isCross,
          FLOW_COLOURS.cross,
          FLOW_COLOURS.within,
        ],
        // Within-region arrows dashed, so they do not differ from crossing ones by colour alone.
        'line-dasharray': [
          'case',
          isCross,
          ['literal', [1, 0]],
          ['literal', [...FLOW_WITHIN_DASH]],
        ],
      },
    },
    LAYER.areaFocus,
  );
  map.addLayer(
    {
      id: LAYER.flowHead,
      type: 'symbol',
      source: SOURCE.flows,
      filter: ['==', ['geometry-type'], 'Point'],
      layout: {
        'icon-image': ['case', isCross, HEAD.cross, HEAD.within],
        'icon-rotate': ['get', 'bearing'],
        'icon-rotation-alignment': 'map',
        'icon-anchor': 'bottom',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        // Larger flows draw on top of smaller ones.
        'symbol-sort-key': ['get', 'volume'],
      },
    },
    LAYER.areaFocus,
  );
}

/** Set the layers' widths, opacity and arrowhead size from `scale` (the same for every option). */
export function scaleFlowLayers(map: MapLibreMap, scale: FlowScale): void {
  map.setPaintProperty(
    LAYER.flowCasing,
    'line-width',
    byZoom(['+', 3, sqrtScale(scale, scale.minWidth, scale.maxWidth)]),
  );
  map.setPaintProperty(
    LAYER.flowLine,
    'line-width',
    byZoom(sqrtScale(scale, scale.minWidth, scale.maxWidth)),
  );
  map.setPaintProperty(LAYER.flowLine, 'line-opacity', [
    'case',
    hovered,
    1,
    sqrtScale(scale, scale.minOpacity, scale.maxOpacity),
  ]);
  map.setLayoutProperty(LAYER.flowHead, 'icon-size', byZoom(sqrtScale(scale, 0.5, 1.25)));
}
