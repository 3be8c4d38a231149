import {optionPhrase} from '../../domain/options';
import {optionSourceLine, userBuiltNotice} from '../../domain/option-labels';
import {useOptions} from '../../state/catalogue';
import type {FootprintData} from '../../data/load';
import {areaChange, change, regionChanges} from '../../domain/compare';
import {formatArea, formatCount, formatPercent, formatSigned} from '../../domain/format';
import {signedPercent, summariseComparison} from '../../domain/summary';
import {countOf, groupNounOf, unitWords, unitWordsFor, wordsIn} from '../../domain/geography';
import {capitalise} from '../../domain/format';
import type {BoundaryOption} from '../../domain/types';
import {optionDate} from '../OptionSwitch';
import type {AreaFlow} from '../../domain/flows';
import {rowsOf} from '../use-option-rows';
import {namedPartsFor, partsFor} from '../use-parts';
import {compareOptionsWithParts} from '../compare/use-comparison';
import {splitAreaSentences} from '../../domain/parts/compare-words';
import {svgMap} from '../../map/svg/static-map';
import {flowSideChanges, flowSideSentence} from '../../domain/flow-changes';
import {OptionSvg} from '../../map/svg/OptionSvg';
import {usePartGeometry} from '../use-part-geometry';
import {reasonsForComparison} from '../../domain/reasons';
import {ReasonNotes} from '../compare/ReasonNotes';
import {CriteriaLine, SheetCut, SplitsLine} from './BoardPackScorecard';
import {UncertainTag} from '../UncertainNote';
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
  // Created and removed regions are told in full by the sentences; the table adds the numbers
  // for regions that exist in both and change, so a page never runs out of room.
  const moved = new Set(cmp?.moves.map((m) => m.area.code));
  // Parts that move without their area are hatched on their own shapes.
  const movedParts = new Set(cmp?.partMoves.flatMap((c) => c.moves.map((m) => m.part.code)));
  const changed = cmp?.regions.filter((r) => r.status === 'kept' && regionChanges(r)) ?? [];
  const titleId = `fp-pack-${option.id}`;
  const {ref, cut} = useFitSheet();
  // The option's own word for its groups (its groupNoun), not the geography's by default.
  const groups = groupNounOf(option, data.geography);
  const Group = capitalise(groups.one);
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
          <table className="fp-page__table">
            <caption>
              {capitalise(groups.many)} (population {data.geography.citations.population})
            </caption>
            <thead>
              <tr>
                <th scope="col">{Group}</th>
                <th scope="col" className="fp-num">
                  {data.geography.areas.noun.many}
                </th>
                {data.geography.parts && (
                  <th scope="col" className="fp-num">
                    {data.geography.parts.noun.many}
                  </th>
                )}
                <th scope="col" className="fp-num">
                  Population
                </th>
                <th scope="col" className="fp-num">
                  Share
                </th>
                <th scope="col" className="fp-num">
                  Area
                </th>
                {flows && (
                  <th scope="col" className="fp-num">
                    Flow contained
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.region.id}>
                  <th scope="row">
                    <span
                      className="fp-page__swatch"
                      style={{background: r.region.colour}}
                      aria-hidden="true"
                    />
                    {r.region.name}
                    <UncertainTag region={r.region} />
                  </th>
                  <td className="fp-num">{r.areas}</td>
                  {data.geography.parts && <td className="fp-num">{r.parts}</td>}
                  <td className="fp-num">{formatCount(r.population)}</td>
                  <td className="fp-num">{formatPercent(r.populationShare)}</td>
                  <td className="fp-num">{formatArea(r.areaKm2)}</td>
                  {flows && <td className="fp-num">{percentOrDash(r.flows?.containment)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
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
          <h3>Changes against {optionPhrase(baseline)}</h3>
          {cmp ? (
            <>
              <ul className="fp-page__summary" data-testid="board-pack-changes">
                {summariseComparison(cmp, unitWordsFor(data.geography, [cmp.a, cmp.b])).map(
                  (sentence) => (
                    <li key={sentence}>{sentence}</li>
                  ),
                )}
                {flows && (
                  <li data-testid="board-pack-flow-sides">
                    Patient flows:{' '}
                    {flowSideSentence(flowSideChanges(baseline, option, flows), 'residents', false)}
                  </li>
                )}
              </ul>
              {changed.length > 0 && (
                <table className="fp-page__table fp-page__table--changes">
                  <caption className="fp-visually-hidden">
                    Change in each {groups.one} against {baseline.title}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{Group}</th>
                      <th scope="col" className="fp-num">
                        {data.geography.areas.noun.many}
                      </th>
                      <th scope="col" className="fp-num">
                        Population
                      </th>
                      <th scope="col" className="fp-num">
                        Change
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {changed.map((r) => {
                      const pop = change(r.a?.population, r.b?.population);
                      const areas = areaChange(cmp, r);
                      return (
                        <tr key={r.id}>
                          <th scope="row">
                            {r.name}
                            <UncertainTag region={(r.b ?? r.a)?.region} />
                          </th>
                          <td className="fp-num">{formatSigned(areas.delta)}</td>
                          <td className="fp-num">{formatSigned(pop.delta)}</td>
                          <td className="fp-num">{signedPercent(pop.pct)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              )}
            </>
          ) : (
            <p data-testid="board-pack-changes">This is the baseline option.</p>
          )}
        </div>
      </div>
      <footer className="fp-page__footer">
        <p>
          Sources and vintage:{' '}
          {data.geography.sources.map((s, i) => (
            <span key={s.id}>
              {i > 0 && '; '}
              {s.publisher}, {s.title.replace(/ \(board paper.*$/, '')}
              {s.title.includes(s.vintage) ? '' : ` (${s.vintage})`}
            </span>
          ))}
          .
        </p>
        <p>
          {data.geography.attribution}. {data.geography.licence.name}. Printed from Footprint on{' '}
          {printed}. Page {page} of {pages}.
        </p>
      </footer>
    </section>
  );
}

const percentOrDash = (share: number | null | undefined) =>
  share === null || share === undefined ? '–' : formatPercent(share);

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
