// The trade-off in words when comparing A and B (issue 12), generated from the two options'
// criteria by the domain (never written per option).
import {tradeOffSentences} from '../../domain/criteria/trade-offs';
import {groupNounOf, groupNounOfAll, type Geography, type Noun} from '../../domain/geography';
import {markedTitle} from '../../domain/option-labels';
import type {OptionCriteria} from '../../domain/criteria/types';
import type {BoundaryOption} from '../../domain/types';
import {useFootprint} from '../../state/store';
import {useScorecard} from '../../state/thresholds';
import {useGeography} from '../geography-context';

/** The sentences for the comparison on screen (option A → the option on the map), if any. */
export function ComparisonTradeOff({
  options,
  criteria,
}: {
  options: readonly BoundaryOption[];
  criteria: readonly OptionCriteria[];
}) {
  const optionId = useFootprint((s) => s.optionId);
  const g = useGeography();
  const thresholds = useScorecard((s) => s.thresholds);
  const compareId = useFootprint((s) => s.compareId);
  const a = criteria.find((c) => c.optionId === compareId);
  const b = criteria.find((c) => c.optionId === optionId);
  if (!a || !b || a === b) return null;
  const titles = Object.fromEntries(options.map((o) => [o.id, markedTitle(o)]));
  const regionNames = namesOf(options, [a.optionId, b.optionId]);
  const words = groupWordsOf(options, [a.optionId, b.optionId], g);
  return (
    <TradeOffSentences
      sentences={tradeOffSentences(
        a,
        b,
        titles,
        regionNames,
        {rows: g.criteria.rows, thresholds, regionNoun: words.both},
        words.nouns,
      )}
    />
  );
}

/** What each option calls its groups, by id, and the two compared (`ids`) together
 * ("ICB or cluster" where they differ), for tradeOffSentences. */
export function groupWordsOf(
  options: readonly BoundaryOption[],
  ids: readonly string[],
  g: Pick<Geography, 'regionNoun'>,
): {nouns: Record<string, Noun>; both: Noun} {
  const nouns = Object.fromEntries(options.map((o) => [o.id, groupNounOf(o, g)]));
  return {
    nouns,
    both: groupNounOfAll(
      options.filter((o) => ids.includes(o.id)),
      g,
    ),
  };
}

/** Region id → name from the options compared only, the later one's names winning: ids such as
 * "east" are named differently by different options ("Central and East of England"). */
export function namesOf(
  options: readonly BoundaryOption[],
  ids: readonly string[],
): Record<string, string> {
  const chosen = ids.map((id) => options.find((o) => o.id === id)).filter((o) => o !== undefined);
  return Object.fromEntries(chosen.flatMap((o) => o.regions.map((r) => [r.id, r.name])));
}

export function TradeOffSentences({sentences}: {sentences: readonly string[]}) {
  if (sentences.length === 0) return null;
  return (
    <div className="fp-scorecard-tradeoffs" data-testid="scorecard-tradeoffs">
      <h3 className="nhsuk-heading-xs">The trade-off</h3>
      {sentences.map((s) => (
        <p key={s} className="nhsuk-body-s">
          {s}
        </p>
      ))}
    </div>
  );
}
