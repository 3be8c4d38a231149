// The SVG map as one React component: the live SVG renderer renders it on every change, and the
// build renders it to a string for the first paint (scene.size null), so both are one drawing.
// Shapes are in world units inside one transformed group (zoom and pan move the group only);
// labels and arrowheads are placed in screen pixels so text and heads keep their size.
import {memo} from 'react';
import type {FootprintData} from '../../data/load';
import {HOME_PAD, toWorld, worldBox} from '../../domain/projection';
import {CHANGE_OUTLINE, COLOURS, LINE_WIDTH, regionOutlineWidth} from '../draw-spec';
import type {ChangedArea, MapHandlers} from '../map-view';
import {changedCodes} from '../../domain/parts/changed-units';
import type {LonLatBounds} from '../../domain/geography';
import {baseGeometry, outlinePath, partPaths} from './geometry';
import type {Scene} from './scene';
import {ChangeLabels, FlowHeads, RegionLabels} from './SvgOverlays';
import {HatchPattern} from './hatch';
import {PartLines, FlowLines, Highlights, PartFills, AreaFills} from './SvgLayers';
import {splitOf} from '../split-parts';

export type SceneData = Pick<
  FootprintData,
  'areas' | 'areaShapes' | 'context' | 'areaTopology' | 'geography'
>;

/** The assumed map width for the prerendered labels' size, CSS px (the desktop layout's map). */
const PRERENDER_WIDTH = 600;

export function SvgScene({
  data,
  scene,
  handlers,
  label,
}: {
  data: SceneData;
  scene: Scene;
  handlers?: MapHandlers;
  label: string;
}) {
  const {option} = scene;
  // Prerendered (no size yet): the geography's home view in a 600 px wide box, scaled to fit ("meet")
  // as the live map's home view is, with paths already in that box's whole pixels.
  const pre = scene.size === null;
  const home = prerenderFrame(data.geography.bounds);
  const size = scene.size ?? home.size;
  const t = pre ? home.transform : scene.transform;
  const frame = pre ? t : undefined;
  const g = baseGeometry(data, frame);
  const px = 1;
  const toScreen = (p: [number, number]): [number, number] => {
    const [x, y] = toWorld(p);
    return [x * t.k + t.x, y * t.k + t.y];
  };
  const zoom = Math.log2(t.k);
  // An option that splits areas, with the parts loaded: those areas are drawn part by part.
  const parts = pre ? null : scene.splitParts;
  const drawing = option && parts ? splitOf(option, parts) : null;
  const split = drawing && parts ? {drawing, parts} : null;
  return (
    <svg
      className="fp-svgmap"
      viewBox={`0 0 ${size.width} ${size.height}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={label}
      data-option={option?.id}
    >
      <rect
        className="fp-svgmap__sea"
        x={-size.width}
        y={-size.height}
        width={size.width * 3}
        height={size.height * 3}
        fill={COLOURS.sea}
        onClick={() => handlers?.onClick(null)}
      />
      <g
        transform={
          pre
            ? undefined
            : `translate(${t.x.toFixed(2)},${t.y.toFixed(2)}) scale(${t.k.toFixed(5)})`
        }
      >
        <path
          d={g.context}
          fill={COLOURS.context}
          stroke={COLOURS.contextLine}
          strokeWidth={LINE_WIDTH.context}
          vectorEffect="non-scaling-stroke"
          pointerEvents="none"
        />
        <AreaFills
          areas={g.areas}
          option={option}
          region={scene.region}
          fading={scene.fading}
          handlers={handlers}
        />
        {split && option && (
          <PartFills
            drawing={split.drawing}
            shapes={split.parts.shapes}
            option={option}
            region={scene.region}
          />
        )}
        <Hatch
          changes={scene.changes}
          areas={g.areas}
          parts={pre || !scene.splitParts ? NO_PATHS : partPaths(scene.splitParts.shapes)}
          k={pre ? 1 : t.k}
        />
        {scene.parts && <PartLines parts={scene.parts} zoom={zoom} />}
        {option && <Outline d={outlinePath(data, option, frame, split)} zoom={zoom} />}
        {scene.flows && (
          <FlowLines
            drawing={scene.flows}
            highlighted={scene.highlightedFlow}
            zoom={zoom}
            handlers={handlers}
          />
        )}
        <Highlights paths={g.areas} focused={scene.focused} selected={scene.selected} />
      </g>
      {scene.flows && (
        <FlowHeads
          drawing={scene.flows}
          toScreen={toScreen}
          zoom={zoom}
          highlighted={scene.highlightedFlow}
        />
      )}
      {option && (
        <RegionLabels
          areas={data.areas}
          shapes={data.areaShapes.features}
          option={option}
          toScreen={toScreen}
          frame={`${t.k},${t.x},${t.y}`}
          px={px}
          size={size}
          changes={scene.changes}
          onClick={handlers?.onRegionClick}
        />
      )}
      <ChangeLabels changes={scene.changes} toScreen={toScreen} px={px} />
    </svg>
  );
}

/** The prerendered map's box and transform: the geography's home view (`bounds`, its
 * manifest's) in a 600 px wide box. */
export function prerenderFrame(bounds: LonLatBounds): {
  size: {width: number; height: number};
  transform: {k: number; x: number; y: number};
} {
  const box = worldBox(bounds, HOME_PAD);
  const k = PRERENDER_WIDTH / box[2];
  return {
    size: {width: PRERENDER_WIDTH, height: Math.round(box[3] * k)},
    transform: {k, x: -box[0] * k, y: -box[1] * k},
  };
}

/** Region outlines, as wide as on the WebGL map at this zoom. */
const Outline = memo(function Outline({d, zoom}: {d: string; zoom: number}) {
  const w = regionOutlineWidth(zoom);
  return (
    <path
      className="fp-svgmap__outline"
      d={d}
      fill="none"
      stroke={COLOURS.regionOutline}
      strokeWidth={w}
      strokeLinejoin="round"
      vectorEffect="non-scaling-stroke"
      pointerEvents="none"
    />
  );
});

const NO_PATHS: {code: string; d: string}[] = [];

/** Units that change region in a comparison: the hatch and dashed outline of draw-spec.ts, on
 * each moving area's shape and each moving part's (`parts`: the loaded parts' paths, none until
 * they are in). `k` (the zoom's scale) keeps the stripes the same on screen at every zoom. */
function Hatch({
  changes,
  areas,
  parts,
  k,
}: {
  changes: ChangedArea[];
  areas: {code: string; d: string}[];
  parts: {code: string; d: string}[];
  k: number;
}) {
  if (changes.length === 0) return null;
  const areaCodes = changedCodes(changes, 'area');
  const partCodes = changedCodes(changes, 'part');
  const changed = [
    ...areas.filter((p) => areaCodes.has(p.code)),
    ...parts.filter((p) => partCodes.has(p.code)),
  ];
  return (
    <g data-layer="changes">
      <defs>
        <HatchPattern id="fp-svgmap-hatch" scale={1 / k} />
      </defs>
      {changed.map((p) => (
        <path
          key={p.code}
          d={p.d}
          fill="url(#fp-svgmap-hatch)"
          pointerEvents="none"
          data-hatched={p.code}
        />
      ))}
      {changed.map((p) => (
        <path
          key={`o-${p.code}`}
          d={p.d}
          fill="none"
          stroke={CHANGE_OUTLINE.colour}
          strokeWidth={CHANGE_OUTLINE.width}
          strokeDasharray={CHANGE_OUTLINE.dash.join(' ')}
          vectorEffect="non-scaling-stroke"
          pointerEvents="none"
        />
      ))}
    </g>
  );
}
