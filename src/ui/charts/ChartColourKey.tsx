// What a chart's colours mean, in words beside a swatch of each. Swatches are SVG, not CSS
// backgrounds, so they print without "background graphics" as the bars do; an entry sharing
// its colour with another carries the same pattern as its bars.
import {useId} from 'react';
import type {ColourKeyEntry} from './chart-types';
import {fillOf, INK, PATTERN_WORDS, PatternDefs, patternLookup} from './patterns';
import './chart-key.scss';

export function ChartColourKey({
  meaning,
  entries,
}: {
  meaning: string;
  entries: readonly ColourKeyEntry[];
}) {
  // Pattern ids must be unique on the page; useId's colons are not welcome in url(#…).
  const scope = `fp-key-${useId().replace(/[^\w-]/g, '')}`;
  return (
    <div className="fp-chart-key" data-testid="chart-key">
      <span className="fp-chart-key__meaning">{meaning}:</span>
      <ul className="fp-chart-key__list">
        {entries.map((e, i) => {
          const fill = {colour: e.colour, pattern: e.pattern};
          return (
            <li key={e.name} className="fp-chart-key__item" data-pattern={e.pattern}>
              <svg
                width={14}
                height={14}
                aria-hidden="true"
                focusable="false"
                className="fp-chart-key__swatch"
              >
                <PatternDefs scope={`${scope}-${i}`} fills={[fill]} />
                <rect
                  x={0.5}
                  y={0.5}
                  width={13}
                  height={13}
                  fill={fillOf(fill, patternLookup(`${scope}-${i}`, [fill]))}
                  stroke={INK}
                />
              </svg>
              {e.name}
              {e.pattern && ` (${PATTERN_WORDS[e.pattern]})`}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
