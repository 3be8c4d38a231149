// The second half of the move box: with an area chosen, where the geography has parts, whether
// to move the whole area or one of its parts (issue 19), then the region buttons. Words come
// from the manifest's nouns; the part list is the loaded part layer's.
import {useMemo, useState} from 'react';
import type {FootprintData} from '../../data/load';
import type {BoundaryOption, Region, Area} from '../../domain/types';
import {compareText} from '../../domain/format';
import {partRegionId} from '../../domain/parts/part-region';
import {proposeMove, proposePartMove} from '../../state/builder-actions';
import type {PartLayer} from '../../state/part-layer';

interface Props {
  data: FootprintData;
  option: BoundaryOption;
  area: Area;
  layer: PartLayer;
}

export function MoveRegions({data, option, area, layer}: Props) {
  // The chosen part's code, or null: the whole area. Mounted per area (keyed), so it starts null.
  const [part, onPart] = useState<string | null>(null);
  const nouns = {area: data.geography.areas.noun, part: data.geography.parts?.noun ?? null};
  const parts = layer.parts;
  const inArea = useMemo(
    () =>
      parts
        ? parts.list
            .filter((p) => p.areaCode === area.code)
            .map((p) => ({code: p.code, name: parts.name(p.code)}))
            .sort((a, b) => compareText(a.name, b.name))
        : [],
    [parts, area.code],
  );
  const chosen = parts && part ? inArea.find((p) => p.code === part) : undefined;
  const fromId = chosen
    ? partRegionId(option, {code: chosen.code, areaCode: area.code})
    : option.assignments[area.code];
  const from = option.regions.find((r) => r.id === fromId);
  const name = chosen?.name ?? area.name;
  const propose = (r: Region) =>
    chosen && parts
      ? proposePartMove(data, parts, chosen.code, r.id)
      : proposeMove(data, area.code, r.id, parts);
  return (
    <>
      {nouns.part && inArea.length > 0 && (
        <>
          <label className="nhsuk-label nhsuk-label--s" htmlFor="fp-move-part">
            Move the whole {nouns.area.one} or one {nouns.part.one}
          </label>
          <select
            className="nhsuk-select fp-move-menu__part"
            id="fp-move-part"
            data-testid="move-part"
            value={chosen?.code ?? ''}
            onChange={(e) => onPart(e.target.value || null)}
          >
            <option value="">The whole {nouns.area.one}</option>
            {inArea.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </>
      )}
      {nouns.part && layer.error && (
        <p className="nhsuk-body-s" data-testid="move-part-error">
          The {nouns.part.many} could not be loaded, so only whole {nouns.area.many} can be moved:{' '}
          {layer.error}
        </p>
      )}
      {from && (
        <div role="group" aria-label={`Move ${name} to`} className="fp-move-menu__regions">
          <p className="nhsuk-body-s" data-testid="move-from">
            {name} is in <strong>{from.name}</strong>. Move it to:
          </p>
          <ul>
            {option.regions
              .filter((r) => r.id !== from.id)
              .map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    className="fp-move-menu__region"
                    onClick={() => propose(r)}
                    data-testid={`move-to-${r.id}`}
                  >
                    <span
                      className="fp-swatch fp-swatch--small"
                      style={{background: r.colour}}
                      aria-hidden="true"
                    />
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
