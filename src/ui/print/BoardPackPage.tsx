import {optionPhrase} from '../../domain/options';
import {optionSourceLine, userBuiltNotice} from '../../domain/option-labels';
import {useOptions} from '../../state/catalogue';
import type {FootprintData} from '../../data/load';
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
import {optionFactBlocks} from './option-facts';
import {sheetContent} from './sheet-flow';
import {useSheetFlow} from './use-sheet-flow';
import {ContinuedSheet} from './ContinuedSheet';
import {useLayoutEffect} from 'react';
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
  /** Told how many sheets the option takes (1, or more when its facts continue). */
  onSheets?: (optionId: string, sheets: number) => void;
}

/** One A4 landscape page: map and legend on the left; totals, changes against the baseline,
 * sources and vintage on the right. A user-built option's page says so in its heading (in
 * words, which print in black and white) and in a notice above its facts. Facts that do not fit
 * (an option with many groups) continue on further sheets (`page` is the first's number). */
export function BoardPackPage({
  data,
  option,
  baseline,
  page,
  pages,
  printed,
  flows,
  criteria,
  onSheets,
}: PageProps) {
  const options = useOptions(data);
  const notice = userBuiltNotice(option, options);
  const map = svgMap(data, option, undefined, usePartGeometry(data));
  // The option's and the baseline's memoised rows: the figures every other view shows (part by
  // part for an option that moves single parts).
  const own = rowsOf(option, data.areas, flows, partsFor(option));
  const base = rowsOf(baseline, data.areas, flows, partsFor(baseline));
  const outside = own.england.crossRegion;
  const isBaseline = option.id === baseline.id;
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
  const blocks = optionFactBlocks({
    data,
    option,
    baseline,
    notice,
    splits,
    rows: own.rows,
    outside,
    outsideBaseline: isBaseline ? null : base.england.crossRegion,
    flows,
    cmp,
  });
  const {ranges, sheetRef} = useSheetFlow(blocks, baseline.id);
  useLayoutEffect(() => onSheets?.(option.id, ranges.length), [onSheets, option.id, ranges.length]);
  // The option's own word for its groups (its groupNoun), not the geography's by default.
  const groups = groupNounOf(option, data.geography);
  // "In a different … under [baseline]" names the baseline's groups, so in its noun.
  const baseGroups = groupNounOf(baseline, data.geography);
  const firstSheetRef = sheetRef(0);
  return (
    <>
      <section
        ref={(el) => {
          ref.current = el;
          firstSheetRef(el);
        }}
        className="fp-page"
        aria-labelledby={titleId}
        data-testid="board-pack-page"
        data-option={option.id}
      >
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
          <div className="fp-page__facts" data-flow-box="">
            {sheetContent(blocks, ...ranges[0]!)}
          </div>
        </div>
        <SheetFooter geography={data.geography} printed={printed} page={page} pages={pages} />
      </section>
      {ranges.slice(1).map(([from, to], i) => (
        <ContinuedSheet
          key={i + 1}
          data={data}
          option={option}
          userBuilt={notice !== null}
          index={i + 1}
          page={page + i + 1}
          pages={pages}
          printed={printed}
          sheetRef={sheetRef(i + 1)}
        >
          {sheetContent(blocks, from, to)}
        </ContinuedSheet>
      ))}
    </>
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
