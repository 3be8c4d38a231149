// What a chart's colours mean, in words beside a swatch of each. Swatches are SVG, not CSS
// backgrounds, so they print without "background graphics" as the bars do.
import type {ColourKeyEntry} from './chart-types';
import './chart-key.scss';

const INK = '#212b32';

export function ChartColourKey({meaning, entries}: {meaning: string; entries: readonly ColourKeyEntry[]}) {
  return (
    <div className="fp-chart-key" data-testid="chart-key">
      <span className="fp-chart-key__meaning">{meaning}:</span>
      <ul className="fp-chart-key__list">
        {entries.map((e) => (
          <li key={e.name} className="fp-chart-key__item">
            <svg width={14} height={14} aria-hidden="true" focusable="false" className="fp-chart-key__swatch">
              <rect x={0.5} y={0.5} width={13} height={13} fill={e.colour} stroke={INK} />
            </svg>
            {e.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
