import {useCallback, useLayoutEffect, useState} from 'react';
import type {FootprintData} from '../../data/load';
import {findOption} from '../../domain/options';
import {useFootprintData, type DataState} from '../use-data';
import {GeographyProvider, useGeographyFile} from '../geography-context';
import {loadAreaFlows} from '../../data/flows-load';
import {ErrorPanel} from '../ErrorPanel';
import {BoardPackPage} from './BoardPackPage';
import {BoardPackCharts} from './BoardPackCharts';
import {glanceSheets} from './glance-sheets';
import {BoardPackScorecard, scorecardSheets} from './BoardPackScorecard';
import {useAllCriteria} from '../scorecard/use-criteria';
import './print.scss';
import {OptionChoices} from '../OptionChoices';
import {readBoardPackLink} from './board-pack-link';
import {useOptions} from '../../state/catalogue';
import {isUserBuilt} from '../../domain/option-labels';
import {groupNounOfAll} from '../../domain/geography';

/** board-pack.html?baseline=before: every option (official, then the user-built options saved
 * in this browser), each on its own A4 landscape page, with its changes against the baseline. On screen, a small toolbar to pick the baseline and print. */
export function BoardPackApp({
  initial,
  search,
  linkMessages = [],
}: {
  initial?: DataState;
  search?: string;
  linkMessages?: string[];
}) {
  const state = useFootprintData(initial);
  if (state.status === 'loading')
    return (
      <p role="status" className="fp-panel-state">
        Preparing the board pack…
      </p>
    );
  if (state.status === 'error') return <ErrorPanel message={state.message} file={state.file} />;
  return (
    <GeographyProvider data={state.data}>
      <BoardPack data={state.data} search={search ?? location.search} linkMessages={linkMessages} />
    </GeographyProvider>
  );
}

function BoardPack({
  data,
  search,
  linkMessages,
}: {
  data: FootprintData;
  search: string;
  linkMessages: string[];
}) {
  const options = useOptions(data);
  // The flow numbers are part of every page: wait for them (or their failure) before drawing,
  // so what prints does not depend on timing.
  const flows = useGeographyFile(loadAreaFlows);
  const criteria = useAllCriteria(data, true);
  const first = options[0]!;
  const [link] = useState(() => {
    const read = readBoardPackLink(search, options);
    return {...read, messages: [...linkMessages, ...read.messages]};
  });
  const [baselineId, setBaselineId] = useState(link.baselineId ?? first.id);
  const baseline = findOption(options, baselineId) ?? first;
  // The address keeps only what the page used, as the map's own address does.
  useLayoutEffect(() => {
    const url = new URL(location.href);
    url.search = link.cleanSearch;
    history.replaceState(history.state, '', url);
  }, [link]);
  const choose = (id: string) => {
    setBaselineId(id);
    const url = new URL(location.href);
    url.searchParams.set('baseline', id);
    history.replaceState(history.state, '', url);
  };
  const userCount = options.filter(isUserBuilt).length;
  // What the options call their groups ("regions" on 2018), as the glance sheets' heading says.
  const groups = groupNounOfAll(options, data.geography).many;
  // The scorecard, the charts at a glance, then one page per option.
  const chartSheets = glanceSheets(options).length;
  const scoreSheets = scorecardSheets(
    options.map((o) => o.id),
    baseline.id,
  ).length;
  // An option's facts may continue on further sheets: each page tells how many it took.
  const [sheetsOf, setSheetsOf] = useState<Readonly<Record<string, number>>>({});
  const onSheets = useCallback(
    (id: string, n: number) => setSheetsOf((was) => (was[id] === n ? was : {...was, [id]: n})),
    [],
  );
  const optionSheets = options.map((o) => sheetsOf[o.id] ?? 1);
  const pages = scoreSheets + chartSheets + optionSheets.reduce((a, b) => a + b, 0);
  const printed = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date());
  return (
    <main className="fp-pack">
      <div className="fp-pack-toolbar">
        <h1 className="nhsuk-heading-m">
          Board pack: {options.length} boundary options
          {userCount > 0 && `, ${userCount} of them user-built (not official proposals)`}
        </h1>
        {link.messages.length > 0 && (
          <div className="nhsuk-error-message" role="alert" data-testid="link-messages">
            <p className="nhsuk-body-s">Part of this link could not be used:</p>
            <ul>
              {link.messages.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="fp-pack-toolbar__row">
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="fp-pack-baseline">
              Show changes against
            </label>
            <select
              className="nhsuk-select"
              id="fp-pack-baseline"
              value={baseline.id}
              onChange={(e) => choose(e.target.value)}
            >
              <OptionChoices options={options} />
            </select>
          </div>
          <button type="button" className="nhsuk-button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <a href={new URL('./', location.href).toString()}>Back to the map</a>
        </div>
        <p className="nhsuk-body-s">
          The scorecard, the {groups} at a glance, then one A4 landscape page per option (more where
          its facts continue). Choose landscape and “no margins” or default margins in the print
          dialogue.
        </p>
      </div>
      {flows.status === 'error' && (
        <p className="nhsuk-error-message" role="alert">
          The patient-flow figures could not be loaded ({flows.message}); the pages show everything
          else.
        </p>
      )}
      {/* Sheets keep their A4 size on screen; a narrow screen scrolls them, not the whole page. */}
      <div className="fp-pack__sheets" role="region" aria-label="Board pack pages" tabIndex={0}>
        {(flows.status === 'ready' || flows.status === 'error') && (
          <BoardPackScorecard
            state={criteria}
            options={options}
            baseline={baseline}
            pages={pages}
          />
        )}
        {(flows.status === 'ready' || flows.status === 'error') && (
          <BoardPackCharts
            data={data}
            options={options}
            flows={flows.status === 'ready' ? flows.value.flows : null}
            firstPage={scoreSheets + 1}
            pages={pages}
          />
        )}
        {(flows.status === 'ready' || flows.status === 'error') &&
          options.map((option, i) => (
            <BoardPackPage
              key={option.id}
              data={data}
              option={option}
              baseline={baseline}
              page={
                1 + scoreSheets + chartSheets + optionSheets.slice(0, i).reduce((a, b) => a + b, 0)
              }
              pages={pages}
              printed={printed}
              onSheets={onSheets}
              flows={flows.status === 'ready' ? flows.value.flows : null}
              criteria={
                criteria.status === 'ready'
                  ? criteria.criteria.find((c) => c.optionId === option.id)
                  : undefined
              }
            />
          ))}
      </div>
    </main>
  );
}
