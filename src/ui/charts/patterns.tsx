// SVG patterns for bars that share a colour (successor regions): drawn in dark ink over the
// colour so the difference survives greyscale printing and colour-vision deficiency.
import type {BarFill, BarPattern} from './chart-types';

/** NHS text colour: outlines, patterns and chart text. */
export const INK = '#212b32';

/** The pattern's id in this chart (ids must be unique per page: `scope` is the chart's id). */
export const patternId = (scope: string, pattern: BarPattern) => `${scope}-${pattern}`;

/** The fill attribute of a bar: its colour, or the pattern (which paints the colour under it). */
export function fillOf(fill: BarFill, colourPatterns: Map<string, string>): string {
  if (!fill.pattern) return fill.colour;
  return `url(#${colourPatterns.get(`${fill.pattern}|${fill.colour}`)})`;
}

/** One <pattern> per (pattern, colour) used; returns the defs and the id lookup for fillOf. */
export function PatternDefs({scope, fills}: {scope: string; fills: readonly BarFill[]}) {
  const ids = patternLookup(scope, fills);
  const used = [...ids].map(([key, id]) => {
    const [pattern, colour] = key.split('|') as [BarPattern, string];
    return {pattern, colour, id};
  });
  if (used.length === 0) return null;
  return (
    <defs>
      {used.map(({pattern, colour, id}) => (
        <pattern
          key={id}
          id={id}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform={pattern === 'hatch' ? 'rotate(45)' : undefined}
        >
          <rect width={6} height={6} fill={colour} />
          {pattern === 'hatch' && (
            <line x1={0} y1={0} x2={0} y2={6} stroke={INK} strokeWidth={1.5} />
          )}
          {pattern === 'dots' && <circle cx={3} cy={3} r={1.2} fill={INK} />}
          {pattern === 'cross' && <path d="M0 3H6M3 0V6" stroke={INK} strokeWidth={1} />}
        </pattern>
      ))}
    </defs>
  );
}

/** The lookup fillOf needs, built the same way as PatternDefs' ids. */
export function patternLookup(scope: string, fills: readonly BarFill[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const f of fills) {
    if (!f.pattern) continue;
    const key = `${f.pattern}|${f.colour}`;
    if (!ids.has(key)) ids.set(key, `${patternId(scope, f.pattern)}-${ids.size}`);
  }
  return ids;
}

/** Words for a pattern, for the text alternative and the legend. */
export const PATTERN_WORDS: Record<BarPattern, string> = {
  hatch: 'hatched',
  dots: 'dotted',
  cross: 'cross-hatched',
};
