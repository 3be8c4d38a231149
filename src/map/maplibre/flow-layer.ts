// Flow arrows on the map: a white casing, the curved line and an arrowhead icon per flow.
// Geometry comes ready-made from src/domain/flow-arrows.ts; this file only styles it. Widths
// are data-driven on `volume` with one scale for every option (passed in), so thickness means
// the same number whatever is filtered. The arrowhead images are drawn here at run time:
// no sprite file, no glyphs.
import {
  Popup,
  type ExpressionSpecification,
  type FilterSpecification,
  type GeoJSONSource,
  type Map as MapLibreMap,
  type MapLayerMouseEvent,
  type PointLike,
} from 'maplibre-gl';
import type {FlowScale} from '../../domain/flow-arrows';
import {FLOW_COLOURS, FLOW_WITHIN_DASH} from '../../domain/flow-style';
import {LAYER, SOURCE} from './layer-ids';
import type {TooltipContent} from './tooltip';
import {exposeForTests} from '../test-hooks';

import type {FlowDrawing} from '../map-view';

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

export class FlowLayer {
  private added = false;
  private drawing: FlowDrawing | null = null;
  private highlighted: string | null = null;
  private popup = new Popup({
    closeButton: false,
    closeOnClick: false,
    className: 'fp-tooltip',
    offset: 10,
    maxWidth: '280px',
  });

  constructor(
    private map: MapLibreMap,
    private onPointerFlow: (key: string | null) => void,
  ) {}

  /** (Re)install the browser tests' window into these layers. */
  expose(): void {
    exposeFlowsForTests(this.map, () => this.drawing);
  }

  show(drawing: FlowDrawing | null): void {
    this.drawing = drawing;
    if (!drawing) {
      if (this.added)
        for (const id of [LAYER.flowCasing, LAYER.flowLine, LAYER.flowHead])
          this.map.setLayoutProperty(id, 'visibility', 'none');
      this.popup.remove();
      return;
    }
    if (!this.added) this.add(drawing);
    else (this.map.getSource(SOURCE.flows) as GeoJSONSource).setData(drawing.features);
    const {scale} = drawing;
    this.map.setPaintProperty(
      LAYER.flowCasing,
      'line-width',
      byZoom(['+', 3, sqrtScale(scale, scale.minWidth, scale.maxWidth)]),
    );
    this.map.setPaintProperty(
      LAYER.flowLine,
      'line-width',
      byZoom(sqrtScale(scale, scale.minWidth, scale.maxWidth)),
    );
    this.map.setPaintProperty(LAYER.flowLine, 'line-opacity', [
      'case',
      hovered,
      1,
      sqrtScale(scale, scale.minOpacity, scale.maxOpacity),
    ]);
    this.map.setLayoutProperty(LAYER.flowHead, 'icon-size', byZoom(sqrtScale(scale, 0.5, 1.25)));
    for (const id of [LAYER.flowCasing, LAYER.flowLine, LAYER.flowHead])
      this.map.setLayoutProperty(id, 'visibility', 'visible');
    this.highlight(this.highlighted);
  }

  /** Outline one flow in yellow (from the map pointer or from the flow list). */
  highlight(key: string | null): void {
    this.highlighted = key;
    if (!this.added) return;
    this.map.removeFeatureState({source: SOURCE.flows});
    if (!key || !this.drawing) {
      this.popup.remove();
      return;
    }
    let at: [number, number] | null = null;
    for (const f of this.drawing.features.features) {
      if (f.properties?.key !== key || f.id === undefined) continue;
      this.map.setFeatureState({source: SOURCE.flows, id: f.id}, {highlight: true});
      if (f.geometry.type === 'LineString')
        at = f.geometry.coordinates[Math.floor(f.geometry.coordinates.length / 2)] as [
          number,
          number,
        ];
    }
    const content = this.drawing.describe(key);
    // The key may not be in this drawing (filters changed) or have no description: no stale popup.
    if (at && content)
      this.popup.setLngLat(at).setDOMContent(tooltipElement(content)).addTo(this.map);
    else this.popup.remove();
  }

  /** Whether a flow is drawn under this screen point (the area tooltip then stays away). */
  flowAt(point: PointLike): string | null {
    if (!this.added || !this.drawing) return null;
    const hit = this.map.queryRenderedFeatures(point, {layers: [LAYER.flowHead, LAYER.flowCasing]});
    return (hit[0]?.properties?.key as string | undefined) ?? null;
  }

  private add(drawing: FlowDrawing): void {
    this.map.addImage(HEAD.cross, headImage(FLOW_COLOURS.cross), {pixelRatio: 2});
    this.map.addImage(HEAD.within, headImage(FLOW_COLOURS.within), {pixelRatio: 2});
    this.map.addSource(SOURCE.flows, {type: 'geojson', data: drawing.features});
    const lines: FilterSpecification = ['==', ['geometry-type'], 'LineString'];
    // Above region outlines, below the focus and selection outlines.
    this.map.addLayer(
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
    this.map.addLayer(
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
    this.map.addLayer(
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
    const enter = (e: MapLayerMouseEvent) => {
      this.map.getCanvas().style.cursor = 'pointer';
      this.onPointerFlow((e.features?.[0]?.properties?.key as string | undefined) ?? null);
    };
    const leave = () => {
      this.map.getCanvas().style.cursor = '';
      this.onPointerFlow(null);
    };
    for (const id of [LAYER.flowCasing, LAYER.flowHead]) {
      this.map.on('mousemove', id, enter);
      this.map.on('mouseleave', id, leave);
    }
    this.added = true;
  }
}

function tooltipElement(content: TooltipContent): HTMLElement {
  const el = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = content.title;
  el.append(title);
  for (const line of content.lines) {
    const p = document.createElement('div');
    p.textContent = line;
    el.append(p);
  }
  el.dataset.testid = 'flow-tooltip';
  return el;
}

/** For the browser tests: what the flow layers really render (not what the store says). */
function exposeFlowsForTests(map: MapLibreMap, drawing: () => FlowDrawing | null): void {
  const rendered = (layer: string) => {
    if (!map.getLayer(layer) || map.getLayoutProperty(layer, 'visibility') === 'none') return [];
    return [
      ...new Set(
        map.queryRenderedFeatures({layers: [layer]}).map((f) => f.properties.key as string),
      ),
    ].sort();
  };
  exposeForTests('__footprintFlows', {
    /** Keys ("origin>destination") of the arrows drawn, one per arrow. */
    arrows: () => rendered(LAYER.flowLine),
    /** Keys of the arrowheads drawn. */
    heads: () => rendered(LAYER.flowHead),
    /** The middle point of a drawn arrow's line [lon, lat], to point at it. */
    midpoint: (key: string): [number, number] | null => {
      const line = drawing()?.features.features.find(
        (f) => f.properties?.key === key && f.geometry.type === 'LineString',
      );
      if (!line || line.geometry.type !== 'LineString') return null;
      return line.geometry.coordinates[Math.floor(line.geometry.coordinates.length / 2)] as [
        number,
        number,
      ];
    },
    /** Key → whether the map draws it as crossing a region boundary. */
    crossing: () =>
      Object.fromEntries(
        map.getLayer(LAYER.flowLine)
          ? map
              .queryRenderedFeatures({layers: [LAYER.flowLine]})
              .map((f) => [f.properties.key, f.properties.crossRegion])
          : [],
      ),
  });
}
