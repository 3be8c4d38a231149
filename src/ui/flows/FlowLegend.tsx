// The key to the arrows: line widths for round volumes on the map's own scale (the same one
// for every option), the two colours (within-region also dashed), and which way an arrow points.
import {flowWidth, legendVolumes, type FlowScale} from '../../domain/flow-arrows';
import {FLOW_COLOURS, FLOW_WITHIN_DASH} from '../../domain/flow-style';
import {formatCount} from '../../domain/format';
import {useGeography} from '../geography-context';
import {withArticle, type Noun} from '../../domain/geography';

function Arrow({
  width,
  colour,
  dashed = false,
  length = 56,
}: {
  width: number;
  colour: string;
  dashed?: boolean;
  length?: number;
}) {
  const h = Math.max(width + 10, 18);
  const y = h / 2;
  const head = Math.max(9, width * 1.6);
  return (
    <svg
      width={length + 4}
      height={h}
      aria-hidden="true"
      focusable="false"
      className="fp-flow-legend__arrow"
    >
      <line
        x1={2}
        y1={y}
        x2={length - head}
        y2={y}
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dashed ? FLOW_WITHIN_DASH.map((n) => n * width).join(' ') : undefined}
      />
      <polygon
        points={`${length - head},${y - head / 1.3} ${length + 2},${y} ${length - head},${y + head / 1.3}`}
        fill={colour}
      />
    </svg>
  );
}

/** `groups`: what the option shown calls its groups (groupNounOf); the geography's by default. */
export function FlowLegend({
  scale,
  minVolume,
  unit,
  groups,
}: {
  scale: FlowScale;
  minVolume: number;
  unit: string;
  groups?: Noun;
}) {
  const g = useGeography();
  const group = (groups ?? g.regionNoun).one;
  const area = g.areas.noun;
  const steps = legendVolumes(scale, minVolume);
  return (
    <div className="fp-flow-legend" data-testid="flow-legend">
      <h3 className="nhsuk-heading-xs">Arrows</h3>
      <ul className="fp-flow-legend__list">
        <li>
          <Arrow width={3} colour={FLOW_COLOURS.cross} /> crosses {withArticle(group)} boundary
          (solid)
        </li>
        <li>
          <Arrow width={3} colour={FLOW_COLOURS.within} dashed /> stays within one {group} (dashed)
        </li>
      </ul>
      <p className="nhsuk-body-s fp-flow-legend__note">
        From where residents live to the {area.one} of their trust's headquarters. Each arrow bends
        to its right, so flows both ways between two {area.many} are drawn apart.
      </p>
      <h3 className="nhsuk-heading-xs">Width: {unit}</h3>
      <ul className="fp-flow-legend__list">
        {steps.map((v) => (
          <li key={v}>
            <Arrow width={flowWidth(scale, v)} colour={FLOW_COLOURS.cross} />
            {formatCount(v)}
            {v === scale.maxVolume ? ' (largest flow)' : ''}
          </li>
        ))}
      </ul>
      <p className="nhsuk-body-s fp-flow-legend__note">
        The same scale for every option, so widths compare. Lines are thinner when the whole of{' '}
        {g.place} fits a small screen.
      </p>
    </div>
  );
}
