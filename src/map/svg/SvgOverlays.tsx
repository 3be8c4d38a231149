// What the SVG map draws in screen pixels over the zoomed shapes: arrowheads, region names
// (placed without overlaps, as on the WebGL map) and the "moves" labels of a comparison.
import {flowWidth} from '../../domain/flow-arrows';
import {FLOW_COLOURS} from '../../domain/flow-style';
import type {Feature, MultiPolygon, Polygon} from 'geojson';
import type {BoundaryOption, RegionId, Area} from '../../domain/types';
import {placedChanges, regionLabelLayout} from './region-label-layout';
import type {ChangedArea, FlowDrawing} from '../map-view';
import {CHANGE_LABEL, COLOURS, REGION_LABEL} from '../draw-spec';
import {flowZoomFactor} from './SvgLayers';
import {LabelLines} from './label-lines';

type ToScreen = (p: [number, number]) => [number, number];

const NO_CHANGES: ChangedArea[] = [];

interface HeadProps {
  drawing: FlowDrawing;
  toScreen: ToScreen;
  zoom: number;
  highlighted: string | null;
}

/** Arrowheads: a triangle with a white edge, its base on the line's end, pointing along the
 * curve (bearing clockwise from screen up). Sized with the flow, like the line. */
export function FlowHeads({drawing, toScreen, zoom, highlighted}: HeadProps) {
  const heads = drawing.features.features.filter((f) => f.geometry.type === 'Point');
  heads.sort((a, b) => (a.properties?.volume as number) - (b.properties?.volume as number));
  const z = flowZoomFactor(zoom);
  return (
    <g data-layer="flow-heads">
      {heads.map((f) => {
        const p = f.properties as {
          key: string;
          volume: number;
          crossRegion: boolean;
          bearing: number;
        };
        if (f.geometry.type !== 'Point') return null;
        const [x, y] = toScreen(f.geometry.coordinates as [number, number]);
        // MapLibre draws an 18 px icon scaled 0.5–1.25 with the same square-root scale.
        const s =
          (0.5 +
            0.75 *
              ((flowWidth(drawing.scale, p.volume) - drawing.scale.minWidth) /
                (drawing.scale.maxWidth - drawing.scale.minWidth || 1))) *
          z;
        const lit = p.key === highlighted;
        return (
          <path
            key={p.key}
            data-head={p.key}
            transform={`translate(${x.toFixed(1)},${y.toFixed(1)}) rotate(${p.bearing}) scale(${s.toFixed(3)})`}
            d="M0,-16.5L6.5,0L-6.5,0Z"
            fill={
              lit
                ? FLOW_COLOURS.highlight
                : p.crossRegion
                  ? FLOW_COLOURS.cross
                  : FLOW_COLOURS.within
            }
            stroke={FLOW_COLOURS.casing}
            strokeWidth={1.5 / s}
            strokeLinejoin="round"
            pointerEvents="none"
          />
        );
      })}
    </g>
  );
}

interface LabelProps {
  areas: Area[];
  /** The areas' polygons ([lon, lat], `properties.code`): each name stays inside its region. */
  shapes: readonly Feature<Polygon | MultiPolygon, {code: string}>[];
  option: BoundaryOption;
  toScreen: ToScreen;
  /** Names `toScreen` exactly (the transform's "k,x,y"): labels are laid out again only when
   * it, the option's groups or names, the size or the changes differ (region-label-layout.ts). */
  frame: string;
  /** User units per CSS pixel (1 on the live map). */
  px: number;
  /** The map's box, CSS pixels: names stay inside it. */
  size: {width: number; height: number};
  /** The comparison's moves, whose labels (ChangeLabels) no region name may cover. */
  changes?: ChangedArea[];
  onClick?: (region: RegionId) => void;
}

/** Region names, clickable to select the region, none overlapping another or a "moves" label
 * (names that cannot fit are left out: label-layout.ts). Hidden from assistive technology: the
 * legend names every region as a button. */
export function RegionLabels({onClick, ...layout}: LabelProps) {
  const {px} = layout;
  return (
    <g data-layer="region-labels" aria-hidden="true">
      {regionLabelLayout({...layout, changes: layout.changes ?? NO_CHANGES}).map((l) => (
        <text
          key={l.id}
          className="fp-region-label fp-svgmap__label"
          data-region-id={l.id}
          x={((l.x + l.dx) * px).toFixed(4)}
          y={((l.y + l.dy) * px).toFixed(4)}
          fontSize={REGION_LABEL.fontSize * px}
          fontFamily="arial, sans-serif"
          fontWeight="bold"
          fill="#212b32"
          stroke="#fff"
          strokeWidth={REGION_LABEL.halo * px}
          strokeLinejoin="round"
          paintOrder="stroke"
          textAnchor="middle"
          dominantBaseline="central"
          onClick={onClick && (() => onClick(l.id))}
        >
          <title>{`Show ${l.text}`}</title>
          <LabelLines
            lines={l.lines}
            x={(l.x + l.dx) * px}
            lineHeight={REGION_LABEL.lineHeight * px}
          />
        </text>
      ))}
    </g>
  );
}

/** "Northamptonshire: moves" boxes above each moved area's point (none beyond CHANGE_LABEL.maxShown:
 * the summary and the table name them instead). */
export function ChangeLabels({
  changes,
  toScreen,
  px,
}: {
  changes: ChangedArea[];
  toScreen: ToScreen;
  px: number;
}) {
  const placed = placedChanges(changes, toScreen, px);
  if (placed.length === 0) return null;
  const {fontSize, charWidth, padding, height, border, dash, above} = CHANGE_LABEL;
  return (
    <g data-layer="change-labels" aria-hidden="true" pointerEvents="none">
      {placed.map((c) => {
        const x = (c.x + c.dx) * px;
        const y = (c.y + c.dy) * px;
        const w = (c.text.length * charWidth + 2 * padding) * px;
        const h = height * px;
        return (
          <g
            key={c.id}
            className="fp-change-label fp-svgmap__change"
            transform={`translate(${x.toFixed(2)},${(y - above * px - h).toFixed(2)})`}
          >
            <rect
              x={-w / 2}
              width={w}
              height={h}
              fill="#fff"
              stroke={COLOURS.focus}
              strokeWidth={border * px}
              strokeDasharray={dash.map((d) => d * px).join(' ')}
            />
            <text
              y={h / 2}
              fontSize={fontSize * px}
              fontFamily="arial, sans-serif"
              fontWeight="bold"
              fill="#212b32"
              textAnchor="middle"
              dominantBaseline="central"
            >
              {c.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
