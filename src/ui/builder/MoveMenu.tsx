// Over the map while an option is open in the builder: choose an STP (click it on the map or
// pick it here) and the region it should join; the move is then previewed with its figures
// and accepted or cancelled. Every part works by keyboard: the map's Enter selects the STP
// under its focus, the box follows the map in tab order.
import {useEffect, useRef} from 'react';
import type {FootprintData} from '../../data/load';
import type {BoundaryOption} from '../../domain/types';
import {editedOption, useBuilder} from '../../state/builder';
import {proposeMove} from '../../state/builder-actions';
import {useFootprint} from '../../state/store';
import {PreviewCard} from './PreviewCard';
import {withArticle} from '../../domain/geography';
import {useGeography} from '../geography-context';

export function MoveMenu({data}: {data: FootprintData}) {
  const noun = data.geography.areas.noun;
  const option = useBuilder((s) => editedOption(s));
  const paint = useBuilder((s) => s.paint);
  const shown = useFootprint((s) => s.optionId);
  if (!option || shown !== option.id) return null;
  return (
    <div className="fp-move-menu" role="region" aria-label={`Move ${withArticle(noun.one)} in ${option.title}`} data-testid="move-menu">
      {paint ? <PaintNote option={option} paint={paint} /> : <MoveChoice data={data} option={option} />}
    </div>
  );
}

function PaintNote({option, paint}: {option: BoundaryOption; paint: string}) {
  const noun = useGeography().areas.noun;
  const region = option.regions.find((r) => r.id === paint);
  return (
    <p className="nhsuk-body-s">
      Painting: each {noun.one} you click joins <strong>{region?.name ?? paint}</strong>.{' '}
      <button type="button" className="fp-link-button" onClick={() => useBuilder.getState().setPaint(null)}>
        Stop painting
      </button>
    </p>
  );
}

function MoveChoice({data, option}: {data: FootprintData; option: BoundaryOption}) {
  const noun = data.geography.areas.noun;
  const selected = useFootprint((s) => s.selectedStp);
  const pending = useBuilder((s) => s.pending);
  const firstRegion = useRef<HTMLButtonElement>(null);
  const stp = data.stps.find((s) => s.code === selected);
  const from = stp ? option.regions.find((r) => r.id === option.assignments[stp.code]) : undefined;
  const sorted = [...data.stps].sort((a, b) => a.name.localeCompare(b.name));
  // A pending move belongs to the STP it was made for; choosing another STP drops it.
  useEffect(() => {
    const p = useBuilder.getState().pending;
    if (p && p.edit.kind === 'move' && p.edit.unit !== selected) useBuilder.getState().propose(null);
  }, [selected]);

  if (pending && pending.edit.kind === 'move' && stp) return <PreviewCard data={data} option={option} pending={pending} />;
  return (
    <>
      <label className="nhsuk-label nhsuk-label--s" htmlFor="fp-move-stp">
        Move {withArticle(noun.one)}
      </label>
      <select className="nhsuk-select fp-move-menu__stp" id="fp-move-stp" data-testid="move-stp" value={selected ?? ''} onChange={(e) => useFootprint.getState().selectStp(e.target.value || null)}>
        <option value="">Choose {withArticle(noun.one)}</option>
        {sorted.map((s) => (
          <option key={s.code} value={s.code}>
            {s.name}
          </option>
        ))}
      </select>
      {stp && from && (
        <div role="group" aria-label={`Move ${stp.name} to`} className="fp-move-menu__regions">
          <p className="nhsuk-body-s" data-testid="move-from">
            {stp.name} is in <strong>{from.name}</strong>. Move it to:
          </p>
          <ul>
            {option.regions
              .filter((r) => r.id !== from.id)
              .map((r, i) => (
                <li key={r.id}>
                  <button type="button" className="fp-move-menu__region" ref={i === 0 ? firstRegion : undefined} onClick={() => proposeMove(data, stp.code, r.id)} data-testid={`move-to-${r.id}`}>
                    <span className="fp-swatch fp-swatch--small" style={{background: r.colour}} aria-hidden="true" />
                    {r.name}
                  </button>
                </li>
              ))}
          </ul>
        </div>
      )}
    </>
  );
}
