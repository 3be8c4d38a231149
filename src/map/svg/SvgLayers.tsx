// The SVG map's shape layers, in world units inside the zoomed group. Each is memoised, so a
// zoom frame or a tooltip re-renders none of them unless what they draw has changed.
import {memo} from 'react';
import {flowOpacity, flowWidth} from '../../domain/flow-arrows';
import {FLOW_COLOURS, FLOW_WITHIN_DASH} from '../../domain/flow-style';
import type {BoundaryOption, RegionId, AreaCode} from '../../domain/types';
import {COLOURS, FILL_OPACITY, LINE_WIDTH} from '../draw-spec';
import type {PartShapes, PartVisibility, FlowDrawing, MapHandlers} from '../map-view';
import {partPaths} from './geometry';
import type {SplitDrawing} from '../../domain/parts/split-units';
import {svgPathMaker} from './paths';

const linePath = svgPathMaker(undefined, 4);

interface FillProps {
  areas: {code: AreaCode; d: string}[];
  option: BoundaryOption | null;
  region: RegionId | null;
  fading: AreaCode[];
  handlers?: MapHandlers;
}

/** areas filled by region with white borders; areas outside a chosen region fade. */
export const AreaFills = memo(function AreaFills({
  areas,
  option,
  region,
  fading,
  handlers,
}: FillProps) {
  const colours = new Map(option?.regions.map((r) => [r.id, r.colour]));
  const fade = new Set(fading);
  return (
    <g data-layer="areas">
      {areas.map(({code, d}) => {
        const own = option?.assignments[code];
        const dimmed = region !== null && own !== region;
        return (
          <path
            key={code}
            className={
              fade.has(code) ? 'fp-svgmap__area fp-svgmap__area--fading' : 'fp-svgmap__area'
            }
            data-code={code}
            d={d}
            fill={(own && colours.get(own)) || COLOURS.noRegion}
            fillOpacity={dimmed ? FILL_OPACITY.dimmed : FILL_OPACITY.normal}
            stroke={COLOURS.areaBorder}
            strokeWidth={LINE_WIDTH.areaBorder}
            strokeLinejoin="round"
            vectorEffect="non-scaling-stroke"
            onPointerMove={handlers && (() => handlers.onHover(code))}
            onPointerLeave={handlers && (() => handlers.onHover(null))}
            onClick={handlers && (() => handlers.onClick(code))}
          />
        );
      })}
    </g>
  );
});

/** The parts of split areas (issue 19) over their areas' fills, each in its own region's colour
 * with the areas' white borders between them, fading as an area does outside a chosen region.
 * They take no pointer events: the area underneath is hovered and clicked as before. */
export const PartFills = memo(function PartFills({
  drawing,
  shapes,
  option,
  region,
}: {
  drawing: SplitDrawing;
  shapes: PartShapes;
  option: BoundaryOption;
  region: RegionId | null;
}) {
  const colours = new Map(option.regions.map((r) => [r.id, r.colour]));
  const paths = new Map(partPaths(shapes).map((p) => [p.code, p.d]));
  return (
    <g data-layer="split-parts" pointerEvents="none">
      {drawing.parts.map((p) => (
        <path
          key={p.code}
          data-part={p.code}
          data-region={p.regionId}
          d={paths.get(p.code)}
          fill={(p.regionId && colours.get(p.regionId)) || COLOURS.noRegion}
          fillOpacity={
            region !== null && p.regionId !== region ? FILL_OPACITY.dimmed : FILL_OPACITY.normal
          }
          stroke={COLOURS.areaBorder}
          strokeWidth={LINE_WIDTH.areaBorder}
          strokeLinejoin="round"
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </g>
  );
});

/** part boundaries: every part, or the selected area's. Dark grey dashes, 1 px at zoom 5 to 2.2 at 9. */
export const PartLines = memo(function PartLines({
  parts,
  zoom,
}: {
  parts: {shapes: PartShapes; visible: PartVisibility};
  zoom: number;
}) {
  const {all, area} = parts.visible;
  const shown = partPaths(parts.shapes).filter((c) => all || c.area === area);
  const w = 1 + 1.2 * Math.min(1, Math.max(0, (zoom - 5) / 4));
  return (
    <g data-layer="parts" pointerEvents="none">
      {shown.map((c) => (
        <path
          key={c.code}
          data-part={c.code}
          d={c.d}
          fill="none"
          stroke={COLOURS.partLine}
          strokeWidth={w}
          strokeDasharray={`${3 * w} ${2 * w}`}
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </g>
  );
});

/** Flow width multiplier by zoom: half on a phone-sized England (zoom 4.5), full from 5.5. */
export const flowZoomFactor = (zoom: number) => 0.5 + 0.5 * Math.min(1, Math.max(0, zoom - 4.5));

interface FlowProps {
  drawing: FlowDrawing;
  highlighted: string | null;
  zoom: number;
  handlers?: MapHandlers;
}

/** Flow lines with a white casing; within-region flows dashed and blue, crossing ones dark. */
export const FlowLines = memo(function FlowLines({
  drawing,
  highlighted,
  zoom,
  handlers,
}: FlowProps) {
  const z = flowZoomFactor(zoom);
  const lines = drawing.features.features.filter((f) => f.geometry.type === 'LineString');
  // Larger flows on top of smaller ones.
  lines.sort((a, b) => (a.properties?.volume as number) - (b.properties?.volume as number));
  return (
    <g data-layer="flows">
      {lines.map((f) => {
        const p = f.properties as {key: string; volume: number; crossRegion: boolean};
        const w = flowWidth(drawing.scale, p.volume) * z;
        const lit = p.key === highlighted;
        const d = linePath(f.geometry);
        return (
          <g key={p.key} data-flow={p.key} data-cross={p.crossRegion ? 'true' : 'false'}>
            <path
              d={d}
              fill="none"
              stroke={lit ? FLOW_COLOURS.cross : FLOW_COLOURS.casing}
              strokeOpacity={0.85}
              strokeWidth={w + 3}
              strokeLinecap="round"
              vectorEffect="non-scaling-stroke"
              onPointerEnter={
                handlers && (() => (handlers.onHover(null), handlers.onFlowHover?.(p.key)))
              }
              onPointerLeave={handlers && (() => handlers.onFlowHover?.(null))}
            />
            <path
              d={d}
              fill="none"
              stroke={
                lit
                  ? FLOW_COLOURS.highlight
                  : p.crossRegion
                    ? FLOW_COLOURS.cross
                    : FLOW_COLOURS.within
              }
              strokeOpacity={lit ? 1 : flowOpacity(drawing.scale, p.volume)}
              strokeWidth={w}
              strokeDasharray={
                p.crossRegion ? undefined : `${FLOW_WITHIN_DASH[0] * w} ${FLOW_WITHIN_DASH[1] * w}`
              }
              vectorEffect="non-scaling-stroke"
              pointerEvents="none"
            />
          </g>
        );
      })}
    </g>
  );
});

/** The focused area (dark line) and the selected area (yellow on a dark casing, the widest line). */
export function Highlights({
  paths,
  focused,
  selected,
}: {
  paths: {code: string; d: string}[];
  focused: string | null;
  selected: string | null;
}) {
  const d = (code: string | null) => (code ? paths.find((p) => p.code === code)?.d : undefined);
  const f = d(focused);
  const s = d(selected);
  return (
    <g data-layer="highlights" pointerEvents="none">
      {f && (
        <path
          data-focused={focused}
          d={f}
          fill="none"
          stroke={COLOURS.focus}
          strokeWidth={LINE_WIDTH.focus}
          vectorEffect="non-scaling-stroke"
        />
      )}
      {s && (
        <>
          <path
            d={s}
            fill="none"
            stroke={COLOURS.focus}
            strokeWidth={LINE_WIDTH.selectedCasing}
            strokeLinejoin="round"
            vectorEffect="non-scaling-stroke"
          />
          <path
            data-selected={selected}
            d={s}
            fill="none"
            stroke={COLOURS.selected}
            strokeWidth={LINE_WIDTH.selected}
            strokeLinejoin="round"
            vectorEffect="non-scaling-stroke"
          />
        </>
      )}
    </g>
  );
}
