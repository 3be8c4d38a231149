// An option's split areas in words, under its description (issue 19): "Tameside and Glossop
// is in the Midlands; the other 9 parts of Greater Manchester are in the North West." Nothing for
// an option that moves no part, or until the parts are loaded.
import type {FootprintData} from '../data/load';
import {unitWords} from '../domain/geography';
import {splitAreaSentences} from '../domain/parts/compare-words';
import type {BoundaryOption} from '../domain/types';
import {namedPartsFor, usePartsLayer} from './use-parts';

export function OptionSplits({data, option}: {data: FootprintData; option: BoundaryOption}) {
  const sentences = splitAreaSentences(
    option,
    data.areas,
    namedPartsFor([option], usePartsLayer()),
    unitWords(data.geography),
  );
  if (!sentences.length) return null;
  return (
    <ul className="nhsuk-body-s" data-testid="option-splits">
      {sentences.map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ul>
  );
}
