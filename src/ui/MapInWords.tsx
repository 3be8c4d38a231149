// "The map in words", right after the map: what the map shows without needing to see its
// colours, for everyone. Not a live region: the details panel already announces selections.
import {useMemo} from 'react';
import type {FootprintData} from '../data/load';
import {describeMap} from '../domain/map-words';
import {groupNounOf, unitWords} from '../domain/geography';
import type {BoundaryOption} from '../domain/types';
import {useFootprint} from '../state/store';
import {useComparison} from './compare/use-comparison';
import {markedTitle} from '../domain/option-labels';
import {rowsOf} from './use-option-rows';
import {namedPartsFor, partsFor, usePartsLayer} from './use-parts';

/** `scrolls`: the embed caps its height, so the section is a focus stop the keyboard can scroll. */
export function MapInWords({
  data,
  option,
  scrolls = false,
}: {
  data: FootprintData;
  option: BoundaryOption;
  scrolls?: boolean;
}) {
  const comparison = useComparison(data, option);
  const selectedArea = useFootprint((s) => s.selectedArea);
  const layer = usePartsLayer();
  const words = useMemo(() => {
    const rows = rowsOf(option, data.areas, null, partsFor(option, layer));
    return describeMap(
      option,
      data.areas,
      {...unitWords(data.geography), group: groupNounOf(option, data.geography)},
      comparison,
      selectedArea,
      rows,
      namedPartsFor([option], layer),
    );
  }, [option, data.areas, data.geography, comparison, selectedArea, layer]);
  return (
    <section
      className="fp-map-words"
      aria-labelledby="fp-map-words-title"
      data-testid="map-in-words"
      tabIndex={scrolls ? 0 : undefined}
    >
      <h2 className="nhsuk-heading-s" id="fp-map-words-title">
        The map in words
      </h2>
      <p className="nhsuk-body-s" data-testid="map-words-option">
        {words.option.join(' ')}
        {words.selected && ` ${words.selected}`}
      </p>
      {comparison && (
        <>
          <p className="nhsuk-body-s fp-map-words__lead">
            Compared with {markedTitle(comparison.a)}:
          </p>
          <ul className="nhsuk-body-s" data-testid="map-words-changes">
            {words.changes.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
