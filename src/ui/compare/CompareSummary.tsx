import type {FootprintData} from '../../data/load';
import {summariseComparison} from '../../domain/summary';
import {unitWordsFor, type UnitWords} from '../../domain/geography';
import type {OptionComparison} from '../../domain/compare';
import type {BoundaryOption} from '../../domain/types';
import {useComparison} from './use-comparison';
import {reasonsForComparison} from '../../domain/reasons';
import {ReasonNotes} from './ReasonNotes';
import {markedTitle} from '../../domain/option-labels';

/** For the details panel when nothing is selected: the summary of the comparison, if any. */
export function ComparisonDetails({data, option}: {data: FootprintData; option: BoundaryOption}) {
  const comparison = useComparison(data, option);
  return comparison ? (
    <CompareSummary
      comparison={comparison}
      words={unitWordsFor(data.geography, [comparison.a, comparison.b])}
    />
  ) : null;
}

/** The generated "what changes" text. The details panel it sits in is a polite live region,
 * so a new comparison is read out without a second announcement here. */
export function CompareSummary({
  comparison,
  words,
}: {
  comparison: OptionComparison;
  words: UnitWords;
}) {
  const sentences = summariseComparison(comparison, words);
  return (
    <div className="nhsuk-inset-text fp-compare-summary" data-testid="compare-summary">
      <h2 className="nhsuk-heading-s">
        What changes from {markedTitle(comparison.a)} to {markedTitle(comparison.b)}
      </h2>
      <ul className="fp-compare-summary__list">
        {sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <ReasonNotes reasons={reasonsForComparison(comparison)} />
      <p className="nhsuk-body-s">
        <a href="#fp-comparison">The numbers for every {words.group?.one ?? 'region'}</a> are in the
        comparison table under the map.
      </p>
      {comparison.moves.length > 0 && (
        <p className="nhsuk-body-s fp-compare-summary__key">
          <span className="fp-hatch-key" aria-hidden="true" /> On the map, {words.area.many} that
          move are hatched and outlined with dashes.
        </p>
      )}
    </div>
  );
}
