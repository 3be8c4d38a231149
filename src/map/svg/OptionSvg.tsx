// One option drawn as SVG: STPs filled by region, region outlines and names, and optionally
// some STPs hatched and named (the ones that move in a comparison). Shared by the board pack
// and the side-by-side comparison, so both draw a change the same way as the main map.
import {useId} from 'react';
import type {Position} from 'geojson';
import type {SvgMap, ViewBox} from './static-map';
import './svg.scss';

interface Props {
  map: SvgMap;
  /** The map's accessible name. */
  title: string;
  /** STP codes to hatch and outline with dashes. */
  hatched?: ReadonlySet<string>;
  /** STP names to write on the map, at their interior points. */
  stpLabels?: {code: string; text: string; at: Position}[];
  viewBox?: ViewBox;
  /** Tooltip text for each STP, by code (shown by browsers on hover). */
  describe?: (code: string) => string;
}

export function OptionSvg({map, title, hatched, stpLabels = [], viewBox, describe}: Props) {
  const id = useId();
  const box = viewBox ?? [0, 0, map.width, map.height];
  // Sizes are in the map's user units, so a zoomed-in box would magnify them: scale them back
  // to what they are on the whole map.
  const k = box[2] / map.width;
  const hatchId = `${id}-hatch`;
  const changed = map.stps.filter((s) => hatched?.has(s.code));
  return (
    <svg viewBox={box.map((n) => n.toFixed(1)).join(' ')} role="img" aria-labelledby={`${id}-title`} className="fp-svg-map">
      <title id={`${id}-title`}>{title}</title>
      <defs>
        <pattern id={hatchId} patternUnits="userSpaceOnUse" width={5 * k} height={5 * k} patternTransform="rotate(45)">
          <rect width={1.6 * k} height={5 * k} fill="#212b32" fillOpacity={0.75} />
        </pattern>
      </defs>
      {map.stps.map((s) => (
        <path key={s.code} className="fp-svg-map__shape" data-code={s.code} d={s.d} fill={s.colour} stroke="#fff" strokeWidth={0.6} strokeLinejoin="round" vectorEffect="non-scaling-stroke">
          {describe && <title>{describe(s.code)}</title>}
        </path>
      ))}
      {changed.map((s) => (
        <path key={`h-${s.code}`} d={s.d} fill={`url(#${hatchId})`} pointerEvents="none" data-testid="svg-hatched" data-code={s.code} />
      ))}
      <path d={map.outline} fill="none" stroke="#212b32" strokeWidth={1.4} strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
      {changed.map((s) => (
        <path
          key={`o-${s.code}`}
          d={s.d}
          fill="none"
          stroke="#212b32"
          strokeWidth={2}
          strokeDasharray="5 3"
          vectorEffect="non-scaling-stroke"
          pointerEvents="none"
        />
      ))}
      {map.labels.filter((l) => fits(l, box, k)).map((l) => (
        <Label key={l.text} x={l.x} y={l.y} k={k} text={l.text} className="fp-svg-map__region" />
      ))}
      {stpLabels.map((l) => {
        const [x, y] = map.project(l.at);
        return <Label key={l.code} x={x} y={y} k={k} text={l.text} className="fp-svg-map__stp" />;
      })}
    </svg>
  );
}

/** Whether a label (about 6.4 px a character in 11 px bold Arial) lies wholly inside the box: a
 * zoomed map drops the region names it would cut off; its key still names every region. */
function fits({text, x, y}: {text: string; x: number; y: number}, [bx, by, bw, bh]: ViewBox, k: number): boolean {
  const half = text.length * 3.2 * k;
  return x - half >= bx && x + half <= bx + bw && y - 7 * k >= by && y + 7 * k <= by + bh;
}

function Label({x, y, k, text, className}: {x: number; y: number; k: number; text: string; className: string}) {
  return (
    <text
      x={x}
      y={y}
      className={className}
      fontSize={11 * k}
      strokeWidth={3 * k}
      textAnchor="middle"
      dominantBaseline="middle"
      pointerEvents="none"
    >
      {text}
    </text>
  );
}
