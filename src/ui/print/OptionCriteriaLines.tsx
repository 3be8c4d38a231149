// The criteria lines under an option page's heading (board pack): its figures in one line, and
// the districts it splits with residents on each side.
import {criterionRow} from '../../domain/criteria/rows';
import {thresholdDefaultsOf, type OptionCriteria} from '../../domain/criteria/types';
import type {BoundaryOption} from '../../domain/types';
import {criterionText, formatCriterion, type ScorecardOption} from '../scorecard/row-format';
import {splitInWords, splitSides} from '../../domain/criteria/split-list';
import {groupNounOf, withArticle} from '../../domain/geography';
import {capitalise} from '../../domain/format';
import {useGeography} from '../geography-context';
import {PUBLISHED_WORDS} from '../../domain/published-words';

/** One line of an option's criteria, for its own page: the scorecard's figures written by the
 * scorecard's formatters (row-format.ts), so the line and the scorecard sheet always agree. */
export function CriteriaLine({
  criteria,
  option,
}: {
  criteria: OptionCriteria | undefined;
  option: ScorecardOption & Pick<BoundaryOption, 'groupNoun'>;
}) {
  const geography = useGeography();
  const areas = geography.areas.noun.many;
  // "in a region" on 2018; the option's own noun elsewhere ("in an ICB", "in a cluster").
  const inAGroup = withArticle(groupNounOf(option, geography).one);
  if (!criteria) return null;
  const text = (id: Parameters<typeof criterionRow>[0]) =>
    criterionText(criterionRow(id), criteria, option, thresholdDefaultsOf(geography));
  const [ratio, containment] = [text('population-ratio'), text('lowest-containment')];
  const splits = criteria.splitDistricts.length;
  const parts = [
    ratio === null ? null : `population ratio ${ratio}`,
    containment === null ? null : `lowest containment ${containment}`,
    `at most ${text(PUBLISHED_WORDS.mostAreas)} ${areas} in ${inAGroup}`,
    `${text('split-districts')} district${splits === 1 ? '' : 's'} split (${formatCriterion(criterionRow('minority-residents'), criteria.minorityResidents)} residents on the minority side)`,
  ].filter(Boolean);
  return <p data-testid="board-pack-criteria">Criteria: {parts.join('; ')}.</p>;
}

/** Which districts the option splits, with residents on each side (issue 21, fault 10):
 * nothing where none are split or the geography has no districts. */
export function SplitsLine({
  criteria,
  option,
}: {
  criteria: OptionCriteria | undefined;
  option: Pick<BoundaryOption, 'regions' | 'groupNoun'>;
}) {
  const geography = useGeography();
  if (!criteria?.splitDistricts.length || !geography.districts) return null;
  const splits = splitSides(criteria.splitDistricts, option.regions);
  const noun = groupNounOf(option, geography).many;
  return (
    <p className="fp-page__splits" data-testid="board-pack-splits">
      {capitalise(geography.districts.noun.many)} split between {noun} (residents on each side):{' '}
      {splits.map((s) => splitInWords(s)).join(' · ')}.
    </p>
  );
}
