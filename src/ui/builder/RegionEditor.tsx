// The open option's regions: rename, recolour (from a colour-blind-safe palette, warning when
// touching regions look alike), remove an empty one, add a new one.
import {useMemo, useState} from 'react';
import type {FootprintData} from '../../data/load';
import {
  colourClashes,
  nextRegionColour,
  PALETTE_NAMES,
  REGION_PALETTE,
} from '../../domain/builder/palette';
import {nextRegionId} from '../../domain/builder/user-option';
import {areaCounts} from '../../domain/options';
import type {BoundaryOption, Region} from '../../domain/types';
import {applyStep} from '../../state/builder-actions';
import {loadedParts} from '../../state/part-layer';
import {adjacencyOf} from '../regions/adjacency-of';
import {useGeography} from '../geography-context';
import {countOf, groupNounOf, withArticle} from '../../domain/geography';
import {capitalise} from '../../domain/format';

const PALETTE = REGION_PALETTE.map((colour) => ({colour, name: PALETTE_NAMES[colour]}));

export function RegionEditor({data, option}: {data: FootprintData; option: BoundaryOption}) {
  const counts = useMemo(() => areaCounts(option), [option]);
  const clashes = useMemo(() => colourClashes(option, adjacencyOf(data)), [option, data]);
  const [error, setError] = useState<string | null>(null);
  const run = (problem: string | null) => setError(problem);
  // The option's own word for its groups ("ICB", "cluster"; "region" on 2018).
  const groups = groupNounOf(option, data.geography);
  return (
    <section className="fp-builder__regions" aria-labelledby="fp-builder-regions">
      <h3 className="nhsuk-heading-xs" id="fp-builder-regions" tabIndex={-1}>
        {capitalise(groups.many)}
      </h3>
      {error && (
        <p className="nhsuk-error-message" role="alert">
          {error}
        </p>
      )}
      <p className="nhsuk-hint">
        Each {groups.one}'s name and colour. {capitalise(withArticle(groups.one))} with no{' '}
        {useGeography().areas.noun.many} left can be removed.
      </p>
      <ul className="fp-builder__region-list">
        {option.regions.map((r) => (
          <RegionRow
            key={r.id}
            data={data}
            region={r}
            areas={counts.get(r.id) ?? 0}
            group={groups.one}
            onResult={run}
          />
        ))}
      </ul>
      {clashes.length > 0 && (
        <ul className="fp-builder__warnings" data-testid="colour-clashes">
          {clashes.map((c) => (
            <li key={c.message}>{c.message}</li>
          ))}
        </ul>
      )}
      <AddRegion data={data} option={option} group={groups.one} onResult={run} />
    </section>
  );
}

function RegionRow({
  data,
  region,
  areas,
  group,
  onResult,
}: {
  data: FootprintData;
  region: Region;
  areas: number;
  /** What the option calls its groups ("region", "ICB"). */
  group: string;
  onResult(problem: string | null): void;
}) {
  const noun = data.geography.areas.noun;
  // What the user typed or chose, shown until `region` (the option one render later, OptionEditor)
  // carries it: cleared at once, the old name or colour would flash back for a frame.
  const [name, setName] = useState<string | null>(null);
  const [colour, setColour] = useState<string | null>(null);
  // React's "adjust state when a prop changes" (during render, no effect): the region now carries
  // a new name or colour, so the local one has done its job.
  const [carried, setCarried] = useState({name: region.name, colour: region.colour});
  if (carried.name !== region.name || carried.colour !== region.colour) {
    setCarried({name: region.name, colour: region.colour});
    if (carried.name !== region.name) setName(null);
    if (carried.colour !== region.colour) setColour(null);
  }
  const rename = () => {
    if (name === null || name.trim() === region.name) return setName(null);
    const problem = applyStep(
      data,
      {kind: 'rename-region', id: region.id, name: name.trim()},
      loadedParts(),
    );
    // Refused, the typed name stays beside the message to be put right; accepted, it stays until
    // the region carries it (above).
    onResult(problem);
  };
  const recolour = (next: string) => {
    setColour(next);
    const problem = applyStep(
      data,
      {kind: 'recolour-region', id: region.id, colour: next},
      loadedParts(),
    );
    onResult(problem);
    if (problem) setColour(null);
  };
  const id = `fp-region-${region.id}`;
  return (
    <li className="fp-builder__region" data-testid={`builder-region-${region.id}`}>
      <span className="fp-swatch" style={{background: region.colour}} aria-hidden="true" />
      <label className="fp-visually-hidden" htmlFor={`${id}-name`}>
        Name of {group} {region.name}
      </label>
      <input
        className="nhsuk-input fp-builder__region-name"
        id={`${id}-name`}
        value={name ?? region.name}
        onChange={(e) => setName(e.target.value)}
        onBlur={rename}
        onKeyDown={(e) => e.key === 'Enter' && rename()}
      />
      <label className="fp-visually-hidden" htmlFor={`${id}-colour`}>
        Colour of {region.name}
      </label>
      <select
        className="nhsuk-select fp-builder__region-colour"
        id={`${id}-colour`}
        value={colour ?? region.colour.toLowerCase()}
        onChange={(e) => recolour(e.target.value)}
      >
        {!PALETTE.some((p) => p.colour === region.colour.toLowerCase()) && (
          <option value={region.colour.toLowerCase()}>Own colour {region.colour}</option>
        )}
        {PALETTE.map((p) => (
          <option key={p.colour} value={p.colour}>
            {p.name}
          </option>
        ))}
      </select>
      <span className="nhsuk-body-s fp-builder__region-count">
        {areas === 0 ? <strong>No {noun.many}</strong> : countOf(areas, noun)}
      </span>
      {areas === 0 && (
        <button
          type="button"
          className="fp-link-button"
          onClick={() => {
            const problem = applyStep(data, {kind: 'remove-region', id: region.id}, loadedParts());
            onResult(problem);
            // The row goes with its button: continue at the list's heading, not the page's start.
            if (!problem)
              requestAnimationFrame(() => document.getElementById('fp-builder-regions')?.focus());
          }}
        >
          Remove {region.name}
        </button>
      )}
    </li>
  );
}

function AddRegion({
  data,
  option,
  group,
  onResult,
}: {
  data: FootprintData;
  option: BoundaryOption;
  group: string;
  onResult(problem: string | null): void;
}) {
  const [name, setName] = useState('');
  const add = () => {
    const region: Region = {
      id: nextRegionId(option),
      code: null,
      name: name.trim(),
      colour: nextRegionColour(option),
    };
    const problem = applyStep(data, {kind: 'add-region', region}, loadedParts());
    onResult(problem);
    if (!problem) setName('');
  };
  return (
    <div className="fp-builder__add-region">
      <label className="nhsuk-label nhsuk-label--s" htmlFor="fp-builder-new-region">
        New {group}
      </label>
      <input
        className="nhsuk-input"
        id="fp-builder-new-region"
        value={name}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && add()}
      />
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={add}
      >
        Add {group}
      </button>
    </div>
  );
}
