// The hatch of an area that changes region (draw-spec.ts's HATCH) as an SVG pattern, shared by
// the live SVG map and the static maps (OptionSvg) so both draw the same stripes.
import {HATCH} from '../draw-spec';

/** `scale`: user units per CSS pixel where the pattern is used, so the stripes keep their size
 * on screen under a zoom transform or a viewBox. */
export function HatchPattern({id, scale}: {id: string; scale: number}) {
  const period = HATCH.spacing * scale;
  return (
    <pattern
      id={id}
      patternUnits="userSpaceOnUse"
      width={period}
      height={period}
      patternTransform={`rotate(${HATCH.angle})`}
    >
      <rect
        width={HATCH.stripe * scale}
        height={period}
        fill={HATCH.colour}
        fillOpacity={HATCH.opacity}
      />
    </pattern>
  );
}
