// Over the map while an option is open in the builder: choose an area (click it on the map or
// pick it here) and the region it should join; the move is then previewed with its figures
// and accepted or cancelled. Every part works by keyboard: the map's Enter selects the area
// under its focus, the box follows the map in tab order.
import {useDeferredValue, useEffect, useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import type {BoundaryOption, OptionEdit} from '../../domain/types';
import type {PartsContext} from '../../domain/builder/units';
import {editedOption, useBuilder} from '../../state/builder';
import {loadedParts} from '../../state/part-layer';
import {useFootprint} from '../../state/store';
import {compareText} from '../../domain/format';
import {PreviewCard} from './PreviewCard';
import {MoveRegions} from './MoveRegions';
import {useBuilderParts} from './use-part-layer';
import {withArticle} from '../../domain/geography';
import {useGeography} from '../geography-context';

export function MoveMenu({data}: {data: FootprintData}) {
  const noun = data.geography.areas.noun;
  const option = useBuilder((s) => editedOption(s));
  const paint = useBuilder((s) => s.paint);
  const shown = useFootprint((s) => s.optionId);
  if (!option || shown !== option.id) return null;
  return (
    <div
      className="fp-move-menu"
      role="region"
      aria-label={`Move ${withArticle(noun.one)} in ${option.title}`}
      data-testid="move-menu"
    >
      {paint ? (
        <PaintNote option={option} paint={paint} />
      ) : (
        <MoveChoice data={data} option={option} />
      )}
    </div>
  );
}

function PaintNote({option, paint}: {option: BoundaryOption; paint: string}) {
  const noun = useGeography().areas.noun;
  const region = option.regions.find((r) => r.id === paint);
  return (
    <p className="nhsuk-body-s">
      Painting: each {noun.one} you click joins <strong>{region?.name ?? paint}</strong>.{' '}
      <button
        type="button"
        className="fp-link-button"
        onClick={() => useBuilder.getState().setPaint(null)}
      >
        Stop painting
      </button>
    </p>
  );
}

/** The preview card or the form. Both follow a step one render later (the option and the pending
 * edit through useDeferredValue): the step's first render repaints the map, the Regions table
 * and the checks; the card gives way to the form in the render straight after. */
function MoveChoice({data, option: now}: {data: FootprintData; option: BoundaryOption}) {
  const noun = data.geography.areas.noun;
  const selected = useFootprint((s) => s.selectedArea);
  const option = useDeferredValue(now);
  const pending = useDeferredValue(useBuilder((s) => s.pending));
  const layer = useBuilderParts(data);
  const area = data.areas.find((s) => s.code === selected);
  const sorted = useMemo(
    () => [...data.areas].sort((a, b) => compareText(a.name, b.name)),
    [data.areas],
  );
  // A pending move belongs to the area it was made for (a part's, for a part move); choosing
  // another area drops it.
  useEffect(() => {
    const p = useBuilder.getState().pending;
    if (p && pendingArea(p.edit, loadedParts()) !== selected) useBuilder.getState().propose(null);
  }, [selected]);

  const showPending =
    pending &&
    area &&
    (pending.edit.kind === 'move' || (pending.edit.kind === 'move-part' && layer.parts));
  if (showPending) return <PreviewCard data={data} option={option} pending={pending} />;
  return (
    <>
      <label className="nhsuk-label nhsuk-label--s" htmlFor="fp-move-area">
        Move {withArticle(noun.one)}
      </label>
      <select
        className="nhsuk-select fp-move-menu__area"
        id="fp-move-area"
        data-testid="move-area"
        value={selected ?? ''}
        onChange={(e) => useFootprint.getState().selectArea(e.target.value || null)}
      >
        <option value="">Choose {withArticle(noun.one)}</option>
        {sorted.map((s) => (
          <option key={s.code} value={s.code}>
            {s.name}
          </option>
        ))}
      </select>
      {area && (
        // Keyed by area: choosing another area starts again from the whole area.
        <MoveRegions key={area.code} data={data} option={option} area={area} layer={layer} />
      )}
    </>
  );
}

/** The area a pending edit belongs to: a move's own, a part move's part's area (unknown until
 * the parts are loaded). */
function pendingArea(edit: OptionEdit, parts: PartsContext | undefined): string | undefined {
  if (edit.kind === 'move') return edit.unit;
  if (edit.kind === 'move-part') return parts?.list.find((p) => p.code === edit.part)?.areaCode;
  return undefined;
}
