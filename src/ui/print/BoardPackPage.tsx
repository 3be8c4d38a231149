import {optionPhrase} from '../../domain/options';
import {optionSourceLine, userBuiltNotice} from '../../domain/option-labels';
import {useOptions} from '../../state/catalogue';
import type {FootprintData} from '../../data/load';
import {formatCount, formatSigned} from '../../domain/format';
import {countOf, groupNounOf, unitWords, wordsIn} from '../../domain/geography';
import type {BoundaryOption} from '../../domain/types';
import {optionDate} from '../OptionSwitch';
import type {AreaFlow} from '../../domain/flows';
import {rowsOf} from '../use-option-rows';
import {namedPartsFor, partsFor} from '../use-parts';
import {compareOptionsWithParts} from '../compare/use-comparison';
import {splitAreaSentences} from '../../domain/parts/compare-words';
import {svgMap} from '../../map/svg/static-map';
import {OptionSvg} from '../../map/svg/OptionSvg';
import {usePartGeometry} from '../use-part-geometry';
import {reasonsForComparison} from '../../domain/reasons';
import {ReasonNotes} from '../compare/ReasonNotes';
import {CriteriaLine, SplitsLine} from './OptionCriteriaLines';
import {SheetCut} from './SheetCut';
import {OptionGroupTable} from './OptionGroupTable';
import {OptionChanges} from './OptionChanges';
import {SheetFooter} from './SheetFooter';
import {useFitSheet} from './use-fit-sheet';
import type {OptionCriteria} from '../../domain/criteria/types';

interface PageProps {
  data: FootprintData;
  option: BoundaryOption;
  baseline: BoundaryOption;
  page: number;
  pages: number;
  printed: string;
  /** The built-in area → area flows, or null if they could not be loaded (the page goes without). */
  flows: AreaFlow[] | null;
  /** The option's criteria (issue 12) once computed, for one line at the foot of the page. */
  criteria?: OptionCriteria;
}

/** One A4 landscape page: map and legend on the left; totals, changes against the baseline,
 * sources and vintage on the right. A user-built option's page says so in its heading (in
 * words, which print in black and white) and in a notice above its facts. */
export function BoardPackPage({
  data,
  option,
  baseline,
  page,
  pages,
  printed,
  flows,
  criteria,
}: PageProps) {
  const options = useOptions(data);
  const notice = userBuiltNotice(option, options);
  const map = svgMap(data, option, undefined, usePartGeometry(data));
  // The option's and the baseline's memoised rows: the figures every other view shows (part by
  // part for an option that moves single parts).
  const own = rowsOf(option, data.areas, flows, partsFor(option));
  const base = rowsOf(baseline, data.areas, flows, partsFor(baseline));
  const rows = own.rows;
  const outside = own.england.crossRegion;
  const isBaseline = option.id === baseline.id;
  const outsideBaseline = isBaseline ? null : base.england.crossRegion;
  const cmp = isBaseline ? null : compareOptionsWithParts(baseline, option, data.areas, flows);
  const splits = splitAreaSentences(
    option,
    data.areas,
    namedPartsFor([option]),
    unitWords(data.geography),
  );
  const moved = new Set(cmp?.moves.map((m) => m.area.code));
  // Parts that move without their area are hatched on their own shapes.
  const movedParts = new Set(cmp?.partMoves.flatMap((c) => c.moves.map((m) => m.part.code)));
  const titleId = `fp-pack-${option.id}`;
  const {ref, cut} = useFitSheet();
  // The option's own word for its groups (its groupNoun), not the geography's by default.
  const groups = groupNounOf(option, data.geography);
  // "In a different … under [baseline]" names the baseline's groups, so in its noun.
  const baseGroups = groupNounOf(baseline, data.geography);
  return (
    <section ref={ref} className="fp-page" aria-labelledby={titleId} data-testid="board-pack-page">
      <header className="fp-page__header">
        <h2 id={titleId}>
          {data.geography.mapTitle}: {option.title}
          {notice && (
            <span className="fp-page__user-built"> — user-built, not an official proposal</span>
          )}
        </h2>
        <p>
          {optionDate(option)} · {countOf(option.regions.length, groups)} ·{' '}
          {wordsIn(optionSourceLine(option, options), data.geography)}
        </p>
        <CriteriaLine criteria={criteria} option={option} />
        <SplitsLine criteria={criteria} option={option} />
      </header>
      {cut && <SheetCut />}
      <div className="fp-page__body">
        <figure className="fp-page__map">
          <OptionSvg
            map={map}
            title={`Map of the ${countOf(data.areas.length, data.geography.areas.noun)} coloured by ${groups.one} under ${optionPhrase(option)}${
              moved.size + movedParts.size
                ? `; hatched: ${hatchedCount(moved.size, movedParts.size, data.geography)} in a different ${baseGroups.one} under ${optionPhrase(baseline)}`
                : ''
            }`}
            hatched={moved}
            hatchedParts={movedParts}
          />
          <figcaption>
            <span className="fp-visually-hidden">{option.description} </span>
            {moved.size + movedParts.size > 0 && (
              <span className="fp-page__key">
                <span className="fp-hatch-key" aria-hidden="true" /> Hatched: in a different{' '}
                {baseGroups.one} under {optionPhrase(baseline)}
              </span>
            )}
            {cmp && <ReasonNotes reasons={reasonsForComparison(cmp)} />}
          </figcaption>
        </figure>
        <div className="fp-page__facts">
          {notice && (
            <p className="fp-page__notice" data-testid="board-pack-notice">
              <strong>{notice}</strong>
            </p>
          )}
          <p className="fp-page__description">{option.description}</p>
          {splits.length > 0 && (
            <ul className="fp-page__summary" data-testid="board-pack-splits">
              {splits.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          )}
          <OptionGroupTable data={data} option={option} rows={rows} flows={flows !== null} />
          {outside !== null && (
            <p className="fp-page__flows" data-testid="board-pack-outside">
              <strong>{formatCount(outside)}</strong> residents attributed to a hospital trust
              outside their own {groups.one}
              {outsideBaseline !== null && (
                <>
                  {' '}
                  ({formatSigned(outside - outsideBaseline)} against {optionPhrase(baseline)})
                </>
              )}
              . Flow contained: share of a {groups.one}’s residents attributed to trusts in the same{' '}
              {groups.one} ({data.geography.flowSource ?? data.geography.citations.flows}).
            </p>
          )}
          <OptionChanges data={data} option={option} baseline={baseline} flows={flows} cmp={cmp} />
        </div>
      </div>
      <SheetFooter geography={data.geography} printed={printed} page={page} pages={pages} />
    </section>
  );
}

/** "2 areas", "1 part", "2 areas and 1 part" (in the geography's nouns): the hatched units counted by level. */
function hatchedCount(
  areas: number,
  parts: number,
  g: Pick<FootprintData['geography'], 'areas' | 'parts'>,
): string {
  const counts = [
    areas ? countOf(areas, g.areas.noun) : '',
    parts && g.parts ? countOf(parts, g.parts.noun) : '',
  ].filter(Boolean);
  return counts.join(' and ');
}
