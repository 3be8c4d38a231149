// The map style as plain data: no basemap, no glyphs or sprites, nothing from another origin.
// Region colours and outlines come from feature-state, so switching option never rebuilds a source.
import type {
  StyleSpecification,
  LayerSpecification,
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import type {FootprintData} from '../../data/load';
import {LAYER, SOURCE} from './layer-ids';
import {COLOURS, FILL_OPACITY, LINE_WIDTH, OUTLINE_WIDTH} from '../draw-spec';
import {regionOutlineSource} from './region-outlines';

export {COLOURS};

const state = (key: string, fallback: boolean): ExpressionSpecification => [
  'coalesce',
  ['feature-state', key],
  fallback,
];

/** The region outline's look, shared by the area edges and the split areas' part edges. */
const outlineLine: {
  layout: LineLayerSpecification['layout'];
  paint: NonNullable<LineLayerSpecification['paint']>;
} = {
  layout: {'line-join': 'round', 'line-cap': 'round'},
  paint: {
    'line-color': COLOURS.regionOutline,
    'line-width': ['interpolate', ['linear'], ['zoom'], 5, OUTLINE_WIDTH.z5, 9, OUTLINE_WIDTH.z9],
  },
};

const empty = (): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data: {type: 'FeatureCollection', features: []},
});

export function layers(): LayerSpecification[] {
  return [
    {id: LAYER.background, type: 'background', paint: {'background-color': COLOURS.sea}},
    {
      id: LAYER.contextFill,
      type: 'fill',
      source: SOURCE.context,
      paint: {'fill-color': COLOURS.context},
    },
    {
      id: LAYER.contextLine,
      type: 'line',
      source: SOURCE.context,
      paint: {'line-color': COLOURS.contextLine, 'line-width': LINE_WIDTH.context},
    },
    {
      id: LAYER.areaFill,
      type: 'fill',
      source: SOURCE.areas,
      paint: {
        'fill-color': ['coalesce', ['feature-state', 'colour'], COLOURS.noRegion],
        // A chosen region stays bright while the rest fade, so it reads without colour alone.
        'fill-opacity': ['case', state('dimmed', false), FILL_OPACITY.dimmed, FILL_OPACITY.normal],
      },
    },
    // Split areas' parts (split-layer.ts), each in its region's colour (`colour`), over the
    // area's own fill; `dimmed` as the areas' feature-state.
    {
      id: LAYER.splitFill,
      type: 'fill',
      source: SOURCE.splitParts,
      filter: ['==', ['get', 'kind'], 'part'],
      // Every part is in the source; only a split area's parts are shown (feature-state, see
      // split-layer.ts), each in its region's colour.
      paint: {
        'fill-color': ['coalesce', ['feature-state', 'colour'], COLOURS.noRegion],
        'fill-opacity': [
          'case',
          ['!', state('shown', false)],
          0,
          state('dimmed', false),
          FILL_OPACITY.dimmed,
          FILL_OPACITY.normal,
        ],
      },
    },
    {
      id: LAYER.splitBorder,
      type: 'line',
      source: SOURCE.splitParts,
      filter: ['==', ['get', 'kind'], 'part'],
      paint: {
        'line-color': COLOURS.areaBorder,
        'line-width': LINE_WIDTH.areaBorder,
        'line-opacity': ['case', state('shown', false), 1, 0],
      },
    },
    {
      id: LAYER.areaBorder,
      type: 'line',
      source: SOURCE.areas,
      paint: {'line-color': COLOURS.areaBorder, 'line-width': LINE_WIDTH.areaBorder},
    },
    {
      id: LAYER.regionOutline,
      type: 'line',
      source: SOURCE.regionOutlines,
      // Every area edge is a feature; only the option's region borders (feature-state, see
      // region-outlines.ts) are drawn. Round caps join the separate edges without notches.
      layout: outlineLine.layout,
      paint: {...outlineLine.paint, 'line-opacity': ['case', state('border', false), 1, 0]},
    },
    // The region outlines along split areas' parts: every part edge is in the split source, only
    // those that outline regions are drawn (feature-state, split-layer.ts).
    {
      id: LAYER.partOutline,
      type: 'line',
      source: SOURCE.splitParts,
      filter: ['==', ['get', 'kind'], 'edge'],
      layout: outlineLine.layout,
      paint: {...outlineLine.paint, 'line-opacity': ['case', state('on', false), 1, 0]},
    },
    {
      id: LAYER.areaFocus,
      type: 'line',
      source: SOURCE.areas,
      paint: {
        'line-color': COLOURS.focus,
        'line-width': LINE_WIDTH.focus,
        'line-opacity': ['case', state('focused', false), 1, 0],
      },
    },
    // The selected area: a yellow line on a dark casing, unlike any border or region outline, so
    // it stands out on every region colour (and is not colour alone: it is also the widest line).
    {
      id: LAYER.areaSelectedCasing,
      type: 'line',
      source: SOURCE.areas,
      layout: {'line-join': 'round'},
      paint: {
        'line-color': COLOURS.focus,
        'line-width': LINE_WIDTH.selectedCasing,
        'line-opacity': ['case', state('selected', false), 1, 0],
      },
    },
    {
      id: LAYER.areaSelected,
      type: 'line',
      source: SOURCE.areas,
      layout: {'line-join': 'round'},
      paint: {
        'line-color': COLOURS.selected,
        'line-width': LINE_WIDTH.selected,
        'line-opacity': ['case', state('selected', false), 1, 0],
      },
    },
  ];
}

export function buildStyle(
  data: Pick<FootprintData, 'areaShapes' | 'context' | 'areaTopology'>,
): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCE.context]: {type: 'geojson', data: data.context},
      // promoteId lets feature-state key on the ONS code.
      [SOURCE.areas]: {type: 'geojson', data: data.areaShapes, promoteId: 'code'},
      [SOURCE.regionOutlines]: regionOutlineSource(data),
      [SOURCE.splitParts]: {...empty(), promoteId: 'code'},
    },
    layers: layers(),
  };
}
