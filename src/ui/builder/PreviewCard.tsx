// The pending move's effect on the regions it touches, with signed changes, before the user
// accepts it (the DistrictBuilder pattern). Enter on Accept, Escape anywhere in it cancels.
import {focusWhenShown} from '../focus-when-shown';
import {groupNounOf} from '../../domain/geography';
import {UncertainTag} from '../UncertainNote';
import {useEffect, useMemo, useRef} from 'react';
import type {FootprintData} from '../../data/load';
import {previewChange, previewEdit, type PreviewRow} from '../../domain/builder/preview';
import {applyEdit} from '../../domain/builder/edit';
import {previewAreaMoveByParts, previewPartMove} from '../../domain/builder/part-preview';
import type {Part} from '../../domain/parts/part-types';
import {formatCount, formatPercent, formatSigned} from '../../domain/format';
import {pointsChange} from '../../domain/flow-regions';
import type {BoundaryOption, OptionEdit} from '../../domain/types';
import type {AreaFlow} from '../../domain/flows';
import type {Pending} from '../../state/builder';
import {acceptPending, cancelPending} from '../../state/builder-actions';
import {loadedParts, usePartLayer} from '../../state/part-layer';
import {useActiveFlows} from '../flows/use-flows';
import {movesAnyPart, usePartFlows} from '../flows/use-part-flows';
import type {PartFlow} from '../../domain/parts/part-flows';
import {useGeography} from '../geography-context';

/** Run an Accept or Cancel, then put focus back on `focusId` (the area box by default): the card is gone.
 * The focused button lets go of focus first, while the page's layout is still clean: removing a
 * focused element after React has changed the page makes the browser update the page's style
 * there and then (3–7 ms measured), before the map and tables can repaint. A refused step
 * (`action` returns its reason) leaves the card, so focus goes back to the button it was on. */
function doneThen(focusId: string, action: () => unknown): void {
  const focused = document.activeElement as HTMLElement | null;
  focused?.blur();
  if (typeof action() === 'string') focused?.focus();
  else focusWhenShown(focusId);
}

export function PreviewCard({
  data,
  option,
  pending,
  focusAfter = 'fp-move-area',
}: {
  data: FootprintData;
  option: BoundaryOption;
  pending: Pending;
  focusAfter?: string;
}) {
  const done = (action: () => unknown) => doneThen(focusAfter, action);
  const flows = useActiveFlows(true);
  const dataset = flows.status === 'ready' ? flows.value : null;
  const partList = usePartLayer((s) => s.partList);
  // Worked out part by part, flows too: a part's move, or any move in an option with part moves.
  const partMove = pending.edit.kind === 'move-part' || (partList !== null && byParts(option));
  const partFlows = usePartFlows(partMove);
  const partFlowList = partFlows.status === 'ready' ? partFlows.flows : null;
  const rows = useMemo(
    () => previewRows(data, option, pending.edit, dataset?.flows ?? null, partList, partFlowList),
    [data, option, pending, dataset, partList, partFlowList],
  );
  // A part move's flow figures: shown once its part flows are in; until then, or when they
  // cannot be worked out, said in words (never 0).
  const flowNote = !partMove
    ? null
    : partFlows.status === 'loading'
      ? 'Working out…'
      : partFlows.status === 'none'
        ? `Not computed: ${partFlows.why}`
        : null;
  const accept = useRef<HTMLButtonElement>(null);
  useEffect(() => accept.current?.focus(), [pending]);
  return (
    <div
      className="fp-preview"
      role="group"
      aria-labelledby="fp-preview-title"
      data-testid="move-preview"
      onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), done(cancelPending))}
    >
      <p className="nhsuk-body-s fp-preview__title" id="fp-preview-title">
        <strong>Preview: {pending.label}</strong>
      </p>
      {rows.map((row) => (
        <PreviewTable
          key={row.region.id}
          row={row}
          flowsReady={dataset !== null}
          flowNote={flowNote}
          group={groupNounOf(option, data.geography).one}
        />
      ))}
      <div className="fp-preview__buttons">
        <button
          type="button"
          ref={accept}
          className="nhsuk-button nhsuk-button--small"
          onClick={() => done(() => acceptPending(data, loadedParts()))}
          data-testid="move-accept"
        >
          Accept
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => done(cancelPending)}
          data-testid="move-cancel"
        >
          Cancel
        </button>
      </div>
    </div>
  );
}

/** The preview's rows: an area move's from the area-level figures, a part move's at part level
 * (none until the parts are loaded), a group edit's (merge, split, several units) from its
 * result. Renames and recolours are never pending. */
function previewRows(
  data: FootprintData,
  option: BoundaryOption,
  edit: OptionEdit,
  flows: readonly AreaFlow[] | null,
  parts: readonly Part[] | null,
  partFlows: readonly PartFlow[] | null,
): PreviewRow[] {
  const areas = data.areas;
  if (edit.kind === 'move')
    return parts && byParts(option)
      ? previewAreaMoveByParts(option, edit, areas, parts, partFlows)
      : previewEdit(option, edit, areas, flows);
  if (edit.kind === 'move-part')
    return parts ? previewPartMove(option, edit, areas, parts, partFlows) : [];
  // A merge, a split or a move of several units: by its result (area-level figures).
  const ctx = {
    builtIns: data.options,
    areaNoun: data.geography.areas.noun,
    noParts: data.geography.parts === null,
    regionNoun: data.geography.regionNoun,
  };
  const after = applyEdit(option, edit, undefined, loadedParts() ?? undefined, ctx).option;
  return after ? previewChange(option, after, areas, flows) : [];
}

/** Whether the option moves single parts: its figures are then totalled part by part. */
const byParts = movesAnyPart;

/** A row whose figures are not worked out: one cell across Change and After, in words. */
type Line = [label: string, delta: string, value: string] | [label: string, note: string];

function PreviewTable({
  row,
  flowsReady,
  flowNote,
  group,
}: {
  row: PreviewRow;
  flowsReady: boolean;
  flowNote: string | null;
  group: string;
}) {
  const g = useGeography();
  const {before, after, change} = row;
  const lines: Line[] = [
    [g.areas.noun.many, formatSigned(change.units), formatCount(after.units)],
    ...(g.parts
      ? [
          [g.parts.noun.many, formatSigned(change.parts), formatCount(after.parts)] as [
            string,
            string,
            string,
          ],
        ]
      : []),
    ['Population', formatSigned(change.population), formatCount(after.population)],
    ['Area, km²', formatSigned(Math.round(change.areaKm2)), formatCount(Math.round(after.areaKm2))],
  ];
  if (flowNote !== null) {
    lines.push(
      ['Flow containment', flowNote],
      [`Residents treated outside the ${group}`, flowNote],
    );
  } else if (flowsReady) {
    lines.push([
      'Flow containment',
      before.containment === null || after.containment === null
        ? '—'
        : pointsChange(before.containment, after.containment),
      after.containment === null ? '—' : formatPercent(after.containment),
    ]);
    lines.push([
      `Residents treated outside the ${group}`,
      change.outsideRegion === null ? '—' : formatSigned(change.outsideRegion),
      after.outsideRegion === null ? '—' : formatCount(after.outsideRegion),
    ]);
  }
  return (
    <table className="fp-preview__table" data-testid={`preview-${row.region.id}`}>
      <caption>
        <span
          className="fp-swatch fp-swatch--small"
          style={{background: row.region.colour}}
          aria-hidden="true"
        />
        {row.region.name}
        <UncertainTag region={row.region} />
      </caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Change</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {lines.map(([label, ...cells]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {cells.length === 1 ? (
              <td colSpan={2}>{cells[0]}</td>
            ) : (
              cells.map((c, i) => <td key={i}>{c}</td>)
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
