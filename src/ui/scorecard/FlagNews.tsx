// Says, in a polite live region, how many values are flagged after a threshold change ("2
// values now flagged."), so a screen-reader user typing a threshold hears its effect without
// leaving the box. Silent when the change flags nothing new, and when only the criteria change
// (data loaded, an option edited): only the user's own threshold change is news.
import {useState} from 'react';
import {criterionRowsIn, type CriterionRow} from '../../domain/criteria/rows';
import {flaggedValues} from '../../domain/criteria/row-judging';
import {useGeography} from '../geography-context';
import type {OptionCriteria, Thresholds} from '../../domain/criteria/types';
import {flagNews} from './row-format';

interface Seen {
  thresholds: Thresholds;
  /** The flagged values, as one comparable string. */
  flagged: string;
  news: string;
}

/** `rows`: the rows on show (the geography's). */
export function useFlagNews(
  criteria: readonly OptionCriteria[],
  thresholds: Thresholds,
  rows: readonly CriterionRow[],
): string {
  const values = flaggedValues(criteria, thresholds, rows);
  const flagged = values.map((v) => `${v.rowId}/${v.optionId}`).join(' ');
  const [seen, setSeen] = useState<Seen>({thresholds, flagged, news: ''});
  // Adjusted while rendering (React's pattern for state that follows a prop), not in an effect.
  if (seen.thresholds !== thresholds) {
    setSeen({thresholds, flagged, news: flagged !== seen.flagged ? flagNews(values.length) : ''});
  } else if (seen.flagged !== flagged) {
    setSeen({...seen, flagged});
  }
  return seen.news;
}

export function FlagNews({
  criteria,
  thresholds,
}: {
  criteria: readonly OptionCriteria[];
  thresholds: Thresholds;
}) {
  const news = useFlagNews(criteria, thresholds, criterionRowsIn(useGeography()));
  return (
    <p
      className="fp-visually-hidden"
      role="status"
      aria-live="polite"
      data-testid="scorecard-flag-news"
    >
      {news}
    </p>
  );
}
