// A selected STP's flows: where its residents are treated (STP by STP, with shares), who comes
// to its trusts from elsewhere, and the CCG → trust detail behind it (e.g. Nene CCG:
// Northampton General 51%, Kettering 31%, Oxford 7%). The CCG → trust file is fetched only here.
import {useMemo} from 'react';
import {loadCcgs} from '../../data/lazy';
import {loadCcgTrustFlows} from '../../data/flows-load';
import type {FootprintData} from '../../data/load';
import {measureLabel, type FlowDataset} from '../../domain/flow-dataset';
import {ccgTrustBreakdown} from '../../domain/flows-ccg';
import {formatCount, formatPercent} from '../../domain/format';
import type {Stp} from '../../domain/types';
import {useLazy} from '../use-lazy';
import {useActiveFlows} from './use-flows';

const TOP = 5;

export function StpFlowBreakdown({stp, data}: {stp: Stp; data: FootprintData}) {
  const flows = useActiveFlows(true);
  return (
    <div className="fp-stp-flows" data-testid="stp-flows">
      <h3 className="nhsuk-heading-s">Patient flows</h3>
      {flows.status === 'error' ? (
        <p className="nhsuk-body-s">The flow data could not be loaded: {flows.message}</p>
      ) : flows.status !== 'ready' ? (
        <p className="nhsuk-body-s">Loading the patient flows…</p>
      ) : (
        <StpLevel stp={stp} data={data} dataset={flows.value} />
      )}
      <CcgTrustLevel stp={stp} />
    </div>
  );
}

function StpLevel({stp, data, dataset}: {stp: Stp; data: FootprintData; dataset: FlowDataset}) {
  const names = useMemo(() => new Map(data.stps.map((s) => [s.code, s.shortName])), [data.stps]);
  const out = dataset.flows.filter((f) => f.origin === stp.code).sort((a, b) => b.volume - a.volume);
  const total = out.reduce((n, f) => n + f.volume, 0);
  const inbound = dataset.flows.filter((f) => f.destination === stp.code && f.origin !== stp.code).sort((a, b) => b.volume - a.volume);
  const rest = out.slice(TOP).reduce((n, f) => n + f.volume, 0);
  const name = (c: string) => (c === stp.code ? `${names.get(c) ?? c} (its own)` : (names.get(c) ?? c));
  return (
    <>
      <p className="nhsuk-body-s fp-flow-measure">
        {measureLabel(dataset).replace(/^./, (c) => c.toUpperCase())}.
        {dataset.kind === 'builtin' && total < stp.population && (
          <>
            {' '}
            {formatCount(total)} rather than its {formatCount(stp.population)} people (mid-2018): the flows use mid-2019
            populations, and the source leaves out small flows.
          </>
        )}
      </p>
      <table className="nhsuk-table fp-summary-table fp-flow-breakdown" data-testid="stp-flows-out">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          Where its {formatCount(total)} {dataset.unit} go
        </caption>
        <thead>
          <tr>
            <th scope="col">STP of the trust</th>
            <th scope="col" className="fp-num">
              {dataset.unit}
            </th>
            <th scope="col" className="fp-num">
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {out.slice(0, TOP).map((f) => (
            <tr key={f.destination}>
              <th scope="row">{name(f.destination)}</th>
              <td className="fp-num">{formatCount(f.volume)}</td>
              <td className="fp-num">{formatPercent(total > 0 ? f.volume / total : 0)}</td>
            </tr>
          ))}
          {rest > 0 && (
            <tr>
              <th scope="row">{out.length - TOP} other STPs</th>
              <td className="fp-num">{formatCount(rest)}</td>
              <td className="fp-num">{formatPercent(rest / total)}</td>
            </tr>
          )}
        </tbody>
      </table>
      {inbound.length > 0 && (
        <p className="nhsuk-body-s" data-testid="stp-flows-in">
          Biggest flows into its trusts:{' '}
          {inbound
            .slice(0, 3)
            .map((f) => `${names.get(f.origin) ?? f.origin} ${formatCount(f.volume)}`)
            .join(', ')}
          .
        </p>
      )}
    </>
  );
}

function CcgTrustLevel({stp}: {stp: Stp}) {
  const ccgs = useLazy(loadCcgs);
  const trusts = useLazy(loadCcgTrustFlows);
  if (ccgs.status === 'error' || trusts.status === 'error') {
    return <p className="nhsuk-body-s">The CCG and trust detail could not be loaded.</p>;
  }
  if (ccgs.status !== 'ready' || trusts.status !== 'ready') return <p className="nhsuk-body-s">Loading the CCG and trust detail…</p>;
  const mine = ccgs.value.ccgs.filter((c) => c.stpCode === stp.code).sort((a, b) => b.population - a.population);
  return (
    <div data-testid="stp-ccg-trusts">
      <h4 className="nhsuk-heading-xs fp-subheading">By CCG and trust</h4>
      <p className="nhsuk-body-s fp-flow-measure">
        Built-in data: residents attributed to hospital trusts (PHE, 2018), as shares of each CCG’s residents (mid-2019).
      </p>
      {mine.map((ccg) => {
        const breakdown = ccgTrustBreakdown(ccg.code, trusts.value.flows, trusts.value.trusts, trusts.value.residents.get(ccg.code));
        const rows = breakdown.trusts;
        const rest = rows.slice(TOP);
        const restShare = rest.reduce((n, r) => n + r.share, 0);
        return (
          <table key={ccg.code} className="nhsuk-table fp-summary-table fp-flow-breakdown" data-ccg={ccg.odsCode}>
            <caption className="nhsuk-table__caption nhsuk-table__caption--s">{ccg.name.replace(/^NHS /, '')}</caption>
            <thead>
              <tr>
                <th scope="col">Trust</th>
                <th scope="col" className="fp-num">
                  Share
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, TOP).map((r) => (
                <tr key={r.trustCode}>
                  <th scope="row">{shortTrust(r.trust?.name ?? r.trustCode)}</th>
                  <td className="fp-num">{formatPercent(r.share, 0)}</td>
                </tr>
              ))}
              {rest.length > 0 && (
                <tr>
                  <th scope="row">{rest.length} other trusts</th>
                  <td className="fp-num">{formatPercent(restShare, 0)}</td>
                </tr>
              )}
              {breakdown.unattributedShare !== null && (
                <tr className="fp-flow-breakdown__unattributed">
                  <th scope="row">Not attributed (small flows suppressed in the source)</th>
                  <td className="fp-num">{formatPercent(breakdown.unattributedShare, 0)}</td>
                </tr>
              )}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}

/** "Northampton General Hospital" from "Northampton General Hospital NHS Trust"; "University
 * Hospitals of Leicester" from the source's title case "University Hospitals Of Leicester …". */
const shortTrust = (name: string) =>
  name.replace(/\s+NHS( Foundation)? Trust$/i, '').replace(/ (Of|And|The|For|In|On|At) /g, (w) => w.toLowerCase());
