// One option drawn as SVG: areas filled by region, region outlines and names, and optionally
// some areas hatched and named (the ones that move in a comparison). Shared by the board pack
// and the side-by-side comparison; every width, dash, hatch and label size is draw-spec.ts's
// and the names are placed by label-layout.ts, so a change looks as it does on the main map.
import {useId} from 'react';
import type {Position} from 'geojson';
import {
  CHANGE_OUTLINE,
  COLOURS,
  LINE_WIDTH,
  REGION_LABEL,
  AREA_LABEL,
  regionOutlineWidth,
} from '../draw-spec';
import {placeLabels, type Box} from '../label-layout';
import {HatchPattern} from './hatch';
import {LabelLines} from './label-lines';
import type {SvgMap, ViewBox} from './static-map';
import './svg.scss';

interface Props {
  map: SvgMap;
  /** The map's accessible name. */
  title: string;
  /** Area codes to hatch and outline with dashes. */
  hatched?: ReadonlySet<string>;
  /** Part codes to hatch and outline the same way, on the parts' own shapes (parts that move
   * without their area, issue 19; drawn once the map has the parts). */
  hatchedParts?: ReadonlySet<string>;
  /** Area names to write on the map, at their interior points. */
  areaLabels?: {code: string; text: string; at: Position}[];
  viewBox?: ViewBox;
  /** Tooltip text for each area, by code (shown by browsers on hover). */
  describe?: (code: string) => string;
}

export function OptionSvg({
  map,
  title,
  hatched,
  hatchedParts,
  areaLabels = [],
  viewBox,
  describe,
}: Props) {
  const id = useId();
  const box = viewBox ?? [0, 0, map.width, map.height];
  // Sizes are in the map's user units, so a zoomed-in box would magnify them: scale them back
  // to what they are on the whole map (k user units to its pixel). Lines keep their width with
  // non-scaling strokes, at the zoom the box shows.
  const k = box[2] / map.width;
  const zoom = map.zoom - Math.log2(k);
  const hatchId = `${id}-hatch`;
  const changed = [
    ...map.areas
      .filter((s) => hatched?.has(s.code))
      .map((s) => ({code: s.code, d: s.d, level: 'area'})),
    ...[...(hatchedParts ?? [])].flatMap((code) => {
      const d = map.partPath(code);
      return d ? [{code, d, level: 'part'}] : [];
    }),
  ];
  const line = {vectorEffect: 'non-scaling-stroke', pointerEvents: 'none', fill: 'none'} as const;
  return (
    <svg
      viewBox={box.map((n) => n.toFixed(1)).join(' ')}
      role="img"
      aria-labelledby={`${id}-title`}
      className="fp-svg-map"
    >
      <title id={`${id}-title`}>{title}</title>
      <defs>
        <HatchPattern id={hatchId} scale={k} />
      </defs>
      {map.areas.map((s) => (
        <path
          key={s.code}
          className="fp-svg-map__shape"
          data-code={s.code}
          d={s.d}
          fill={s.colour}
          stroke={COLOURS.areaBorder}
          strokeWidth={LINE_WIDTH.areaBorder}
          strokeLinejoin="round"
          vectorEffect="non-scaling-stroke"
        >
          {describe && <title>{describe(s.code)}</title>}
        </path>
      ))}
      {map.parts.map((p) => (
        <path
          key={`p-${p.code}`}
          data-part={p.code}
          d={p.d}
          fill={p.colour}
          stroke={COLOURS.areaBorder}
          strokeWidth={LINE_WIDTH.areaBorder}
          strokeLinejoin="round"
          vectorEffect="non-scaling-stroke"
          pointerEvents="none"
        />
      ))}
      {changed.map((s) => (
        <path
          key={`h-${s.code}`}
          d={s.d}
          fill={`url(#${hatchId})`}
          pointerEvents="none"
          data-testid="svg-hatched"
          data-code={s.code}
          data-level={s.level}
        />
      ))}
      <path
        d={map.outline}
        stroke={COLOURS.regionOutline}
        strokeWidth={regionOutlineWidth(zoom)}
        strokeLinejoin="round"
        {...line}
      />
      {changed.map((s) => (
        <path
          key={`o-${s.code}`}
          d={s.d}
          stroke={CHANGE_OUTLINE.colour}
          strokeWidth={CHANGE_OUTLINE.width}
          strokeDasharray={CHANGE_OUTLINE.dash.join(' ')}
          {...line}
        />
      ))}
      {regionLabels(map, box, k).map((l) => (
        <Label
          key={l.id}
          x={l.x}
          y={l.y}
          size={REGION_LABEL.fontSize * k}
          halo={REGION_LABEL.halo * k}
          text={l.text}
          lines={l.lines}
          lineHeight={REGION_LABEL.lineHeight * k}
          className="fp-svg-map__region"
        />
      ))}
      {areaLabels.map((l) => {
        const [x, y] = map.project(l.at);
        return (
          <Label
            key={l.code}
            x={x}
            y={y}
            size={AREA_LABEL.fontSize * k}
            halo={AREA_LABEL.halo * k}
            text={l.text}
            className="fp-svg-map__area"
          />
        );
      })}
    </svg>
  );
}

/** The region names, placed without overlaps as on the main map (label-layout.ts works in
 * pixels: user units ÷ k), each wholly inside the box: a zoomed map drops the names of regions
 * out of view (and any that cannot fit); its key still names every region. */
function regionLabels(
  map: SvgMap,
  [bx, by, bw, bh]: ViewBox,
  k: number,
): {id: string; text: string; lines: string[]; x: number; y: number}[] {
  const px = ([x, y]: readonly [number, number]): [number, number] => [x / k, y / k];
  const inputs = map.labels.map((l) => ({
    ...l,
    x: l.x / k,
    y: l.y / k,
    alternatives: l.alternatives?.map(px),
    fits: l.fits && ((b: Box) => l.fits!({x0: b.x0 * k, y0: b.y0 * k, x1: b.x1 * k, y1: b.y1 * k})),
    spots: l.spots && ((w: number, h: number) => l.spots!(w * k, h * k).map(px)),
  }));
  const bounds = {x0: bx / k, y0: by / k, x1: (bx + bw) / k, y1: (by + bh) / k};
  return placeLabels(inputs, {bounds}).map((l) => ({
    id: l.id,
    text: l.text,
    lines: l.lines,
    x: (l.x + l.dx) * k,
    y: (l.y + l.dy) * k,
  }));
}

function Label({
  x,
  y,
  size,
  halo,
  text,
  lines = [text],
  lineHeight = 0,
  className,
}: {
  x: number;
  y: number;
  size: number;
  halo: number;
  text: string;
  /** The text as drawn, line by line (a region name the layout broke: label-text.ts). */
  lines?: string[];
  lineHeight?: number;
  className: string;
}) {
  return (
    <text
      x={x}
      y={y}
      className={className}
      fontSize={size}
      strokeWidth={halo}
      textAnchor="middle"
      dominantBaseline="middle"
      pointerEvents="none"
      data-name={text}
    >
      <LabelLines lines={lines} x={x} lineHeight={lineHeight} />
    </text>
  );
}
