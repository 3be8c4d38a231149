// Each region under A and B and the change, for every measure. Regions are matched by id;
// renamed, new and removed regions say so in words, not only by an empty cell. Every figure is
// read from the comparison's rows (compareOptions with the memoised rowsOf of A and B); the flow
// measures appear when those rows carry flow totals.
import {Fragment, type ReactNode} from 'react';
import {
  change,
  regionChanges,
  type OptionComparison,
  type RegionComparison,
} from '../../domain/compare';
import {formatSigned} from '../../domain/format';
import {signedPercent} from '../../domain/summary';
import {useFootprint} from '../../state/store';
import {compareMeasures, shortOptionTitle, type CompareMeasure} from './measures';
import {useGeography} from '../geography-context';
import {markedTitle, USER_BUILT_MARKER} from '../../domain/option-labels';
import type {BoundaryOption} from '../../domain/types';
import {useFlowMeasures} from '../flows/flow-columns';
import {groupNounOfAll, withArticle} from '../../domain/geography';
import {capitalise} from '../../domain/format';
import {UncertainTag} from '../UncertainNote';

export function ComparisonTable({comparison}: {comparison: OptionComparison}) {
  const {a, b} = comparison;
  const selectRegion = useFootprint((s) => s.selectRegion);
  const g = useGeography();
  // A and B may call their groups differently (ICBs against clusters): "ICB or cluster".
  const groups = groupNounOfAll([a, b], g);
  const measures = [...compareMeasures(g), ...useFlowMeasures(comparison, groups)];
  return (
    <div
      className="fp-table-scroll"
      role="region"
      aria-label="Comparison table"
      tabIndex={0}
      id="fp-comparison"
    >
      <table className="nhsuk-table fp-data-table fp-compare-table" data-testid="comparison-table">
        <caption className="nhsuk-table__caption">
          {capitalise(groups.many)}: {markedTitle(a)} (A) compared with {markedTitle(b)} (B)
        </caption>
        <colgroup>
          <col />
        </colgroup>
        {measures.map((m) => (
          <colgroup key={m.id} span={3} />
        ))}
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col" rowSpan={2}>
              {capitalise(groups.one)}
            </th>
            {measures.map((m) => (
              <th key={m.id} scope="colgroup" colSpan={3} className="fp-colgroup">
                {m.label}
                {m.hint && <span className="fp-th-hint"> ({m.hint})</span>}
              </th>
            ))}
          </tr>
          <tr>
            {measures.map((m) => (
              <Fragment key={m.id}>
                <th scope="col" className="fp-num fp-colgroup-start">
                  <OptionHeading option={a} />
                </th>
                <th scope="col" className="fp-num">
                  <OptionHeading option={b} />
                </th>
                <th scope="col" className="fp-num">
                  Change
                </th>
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {comparison.regions.map((r) => (
            <tr
              key={r.id}
              data-region-id={r.id}
              className={changed(r) ? 'fp-row-changed' : undefined}
            >
              <th scope="row">
                {r.status === 'removed' ? (
                  r.name
                ) : (
                  <button
                    type="button"
                    className="fp-link-button"
                    onClick={() => selectRegion(r.id)}
                  >
                    {r.name}
                  </button>
                )}
                <RegionStatusNote region={r} comparison={comparison} />
                <UncertainTag region={(r.b ?? r.a)?.region} />
              </th>
              {measures.map((m) => (
                <MeasureCells key={m.id} region={r} measure={m} group={groups.one} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The short name on screen, the full (marked) title for screen readers. */
function OptionHeading({option}: {option: BoundaryOption}) {
  return (
    <>
      <span aria-hidden="true">
        {shortOptionTitle(option)}
        {option.userBuilt && (
          <span className="fp-th-hint fp-th-hint--block">{USER_BUILT_MARKER}</span>
        )}
      </span>
      <span className="fp-visually-hidden">{markedTitle(option)}</span>
    </>
  );
}

const changed = (r: RegionComparison) => r.status !== 'kept' || regionChanges(r);

function RegionStatusNote({
  region: r,
  comparison,
}: {
  region: RegionComparison;
  comparison: OptionComparison;
}) {
  const notes: string[] = [];
  if (r.renamedFrom) notes.push(`renamed; was ${r.renamedFrom}`);
  if (r.status === 'created') notes.push(`new in ${comparison.b.title}`);
  if (r.status === 'removed') notes.push(`not in ${comparison.b.title}`);
  if (!notes.length) return null;
  return <span className="fp-row-note">{notes.join('; ')}</span>;
}

function MeasureCells({
  region: r,
  measure: m,
  group,
}: {
  region: RegionComparison;
  measure: CompareMeasure;
  group: string;
}) {
  // A region missing from A or B is "not a region"; a region with no figure (value null) is
  // "no figure", and neither invents a change.
  const va = r.a ? m.value(r.a) : null;
  const vb = r.b ? m.value(r.b) : null;
  const c = change(va, vb);
  const absent = (
    <span className="fp-absent">
      –<span className="fp-visually-hidden">not {withArticle(group)}</span>
    </span>
  );
  const none = (
    <span className="fp-absent">
      –<span className="fp-visually-hidden">no figure</span>
    </span>
  );
  let delta: ReactNode;
  if (!r.a) delta = 'new';
  else if (!r.b) delta = 'removed';
  else if (c.a === null || c.b === null) delta = none;
  else if (m.change) delta = m.change(c.a, c.b);
  else if (Math.round(c.delta) === 0) delta = '0';
  else delta = `${formatSigned(c.delta, m.format)} (${signedPercent(c.pct)})`;
  const cell = (present: boolean, v: number | null) =>
    !present ? absent : v === null ? none : m.format(v);
  return (
    <>
      <td className="fp-num fp-colgroup-start">{cell(Boolean(r.a), c.a)}</td>
      <td className="fp-num">{cell(Boolean(r.b), c.b)}</td>
      <td className="fp-num fp-delta" data-measure={m.id}>
        {delta}
      </td>
    </>
  );
}
