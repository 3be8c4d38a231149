// Flow settings as native inputs: checkbox, range (with the value in words), select, radios.
import {useId} from 'react';
import {formatCount} from '../../domain/format';
import type {BoundaryOption} from '../../domain/types';
import {useFootprint, type FlowDirection} from '../../state/store';
import {Checkbox} from '../Checkbox';
import {markedTitle} from '../../domain/option-labels';
import {groupNounOf, withArticle} from '../../domain/geography';
import {useGeography} from '../geography-context';

/** Slider stops: even steps on screen for a range that spans three orders of magnitude. */
export const MIN_VOLUME_STEPS = [0, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000];
const TOP_N_CHOICES = [10, 20, 40, 60, 100, 200, 500];

const nearestStep = (v: number) =>
  MIN_VOLUME_STEPS.reduce(
    (best, s, i) => (Math.abs(s - v) < Math.abs(MIN_VOLUME_STEPS[best]! - v) ? i : best),
    0,
  );

export const minVolumeWords = (v: number, unit: string) =>
  v <= 0 ? `every flow` : `${formatCount(v)} ${unit} or more`;

export function FlowControls({option, unit}: {option: BoundaryOption; unit: string}) {
  const g = useGeography();
  const area = g.areas.noun.one;
  const group = groupNounOf(option, g).one;
  const flows = useFootprint((s) => s.flows);
  const setFlows = useFootprint((s) => s.setFlows);
  const hasSelection = useFootprint((s) => s.selectedArea !== null || s.selectedRegion !== null);
  const id = useId();
  const topChoices = TOP_N_CHOICES.includes(flows.topN)
    ? TOP_N_CHOICES
    : [...TOP_N_CHOICES, flows.topN].sort((a, b) => a - b);
  const directions: {value: FlowDirection; label: string}[] = [
    {value: 'both', label: 'Both ways'},
    {value: 'out', label: 'Out of it (where its residents go)'},
    {value: 'in', label: 'Into it (who comes to its trusts)'},
  ];
  return (
    <div className="fp-flow-controls" data-testid="flow-controls">
      <Checkbox
        id={`${id}-visible`}
        checked={flows.visible}
        onChange={(on) => setFlows({visible: on})}
        label="Show flows on the map"
      />
      <fieldset className="nhsuk-fieldset fp-flow-settings" disabled={!flows.visible}>
        <legend className="fp-visually-hidden">Which flows to draw</legend>
        <div className="nhsuk-form-group fp-flow-field">
          <label className="nhsuk-label nhsuk-label--s" htmlFor={`${id}-min`}>
            Smallest flow:{' '}
            <span data-testid="flow-min-words">{minVolumeWords(flows.minVolume, unit)}</span>
          </label>
          <input
            className="fp-range"
            id={`${id}-min`}
            type="range"
            min={0}
            max={MIN_VOLUME_STEPS.length - 1}
            step={1}
            value={nearestStep(flows.minVolume)}
            aria-valuetext={minVolumeWords(flows.minVolume, unit)}
            onChange={(e) => setFlows({minVolume: MIN_VOLUME_STEPS[Number(e.target.value)] ?? 0})}
          />
        </div>
        <Checkbox
          className="fp-flow-field"
          id={`${id}-cross`}
          checked={flows.crossRegionOnly}
          onChange={(on) => setFlows({crossRegionOnly: on})}
          label={`Only flows that cross ${withArticle(group)} boundary (${markedTitle(option)})`}
        />
        <div className="nhsuk-form-group fp-flow-field">
          <label className="nhsuk-label nhsuk-label--s" htmlFor={`${id}-top`}>
            At most
          </label>
          <select
            className="nhsuk-select"
            id={`${id}-top`}
            value={flows.topN}
            onChange={(e) => setFlows({topN: Number(e.target.value)})}
          >
            {topChoices.map((n) => (
              <option key={n} value={n}>
                the largest {n} flows
              </option>
            ))}
          </select>
        </div>
        <fieldset className="nhsuk-fieldset fp-flow-field" aria-describedby={`${id}-dir-hint`}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            Flows of the selected {area} or {group}
          </legend>
          <div className="nhsuk-hint" id={`${id}-dir-hint`}>
            {hasSelection
              ? 'Only its flows are drawn.'
              : `Select ${withArticle(area)} or ${withArticle(group)} to draw only its flows.`}
          </div>
          <div className="nhsuk-radios nhsuk-radios--small">
            {directions.map((d) => (
              <div className="nhsuk-radios__item" key={d.value}>
                <input
                  className="nhsuk-radios__input"
                  id={`${id}-dir-${d.value}`}
                  name={`${id}-dir`}
                  type="radio"
                  checked={flows.direction === d.value}
                  onChange={() => setFlows({direction: d.value})}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${id}-dir-${d.value}`}>
                  {d.label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </fieldset>
    </div>
  );
}
