import {groupNounOf} from '../../domain/geography';
import {capitalise} from '../../domain/format';
import {useRef, useState} from 'react';
import type {FootprintData} from '../../data/load';
import type {BoundaryOption} from '../../domain/types';
import {useFootprint} from '../../state/store';
import {useFlowData} from '../../state/flow-data';
import {currentLink, geographyLinkParams} from '../../state/url-sync';
import {LINK_LIMIT} from '../../domain/builder/option-link';
import {EmbedDialog} from '../embed/EmbedDialog';
import {copyText} from './copy-text';
import {boardPackHref} from '../print/board-pack-link';
import {userOptionsOfLink} from '../../state/link-options';
import {markedTitle} from '../../domain/option-labels';
import type * as ExportActions from '../export/actions';
import './share.scss';
import {useShownOptions} from '../later-options';

type Exports = typeof ExportActions;

/** Copy link, Embed, downloads and the board pack: everything that takes the view elsewhere. */
export function SharePanel({data, option}: {data: FootprintData; option: BoundaryOption}) {
  const g = data.geography;
  const groups = groupNounOf(option, g);
  const [link, setLink] = useState<{url: string; copied: boolean} | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const options = useShownOptions(data);
  const compareId = useFootprint((s) => s.compareId);
  const compare = options.find((o) => o.id === compareId);
  // A loaded flow file is data in this browser only, never in the link (it may be confidential
  // and is too big for an address): the link must not promise the view the user sees.
  const ownFile = useFlowData((s) => s.custom?.fileName ?? null);

  const copyLink = async () => {
    const url = currentLink(data);
    setLink({url, copied: await copyText(url)});
  };
  const run = (what: string, action: (x: Exports) => void | Promise<unknown>) => async () => {
    setBusy(true);
    setStatus(`Preparing ${what}…`);
    try {
      // Loaded on first use: the export code (GeoJSON tools, CSV, canvas) stays out of the first load.
      await action(await import('../export/actions'));
      setStatus(`Downloaded ${what}.`);
    } catch (err) {
      setStatus(`Could not make ${what}: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };
  const button = (
    label: string,
    what: string,
    action: (x: Exports) => void | Promise<unknown>,
    testId: string,
  ) => (
    <li>
      <button
        type="button"
        className="fp-share__download"
        disabled={busy}
        onClick={run(what, action)}
        data-testid={testId}
      >
        {label}
      </button>
    </li>
  );

  return (
    <section className="fp-share" aria-labelledby="fp-share-title">
      <h2 className="nhsuk-heading-s" id="fp-share-title">
        Share and download
      </h2>
      <div className="fp-share__buttons">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={copyLink}
        >
          Copy link
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => dialog.current?.showModal()}
        >
          Embed…
        </button>
      </div>
      <div role="status" className="fp-share__status">
        {link && (
          <>
            <p data-testid="share-link-message">{linkMessage(link.copied, ownFile)}</p>
            <label className="fp-visually-hidden" htmlFor="fp-share-link">
              Link to this view
            </label>
            <input
              className="nhsuk-input"
              id="fp-share-link"
              readOnly
              value={link.url}
              onFocus={(e) => e.target.select()}
              data-testid="share-link"
            />
            {link.url.length > LINK_LIMIT && (
              <p className="nhsuk-body-s" data-testid="share-link-long">
                This link is {link.url.length.toLocaleString('en-GB')} characters (two of your own
                options); some email programs cut links over {LINK_LIMIT.toLocaleString('en-GB')}.
                To be sure, download each option as a file and send those.
              </p>
            )}
          </>
        )}
      </div>
      {/* "Download: My option 1 (user-built)": one pair of brackets, never one inside another. */}
      <h3 className="nhsuk-heading-xs">Download: {markedTitle(option)}</h3>
      <ul className="fp-share__list">
        {button(
          'Map picture (PNG)',
          'the map picture',
          (exports) => exports.downloadMapPng(data, option),
          'export-png',
        )}
        {button(
          `${capitalise(groups.many)} table (CSV)`,
          `the ${groups.many} table`,
          (exports) => exports.downloadRegionsCsv(data, option),
          'export-regions-csv',
        )}
        {compare &&
          button(
            `Comparison with ${markedTitle(compare)} (CSV)`,
            'the comparison table',
            async (exports) => {
              // Awaited, so the status says Downloaded only once the file is made, and a failure shows.
              if (!(await exports.downloadComparisonCsv(data, option)))
                throw new Error('choose an option to compare with first');
            },
            'export-comparison-csv',
          )}
        {button(
          'Criteria scorecard, every option (CSV)',
          'the criteria scorecard',
          (exports) => exports.downloadCriteriaCsv(data),
          'export-criteria-csv',
        )}
        {button(
          `${g.areas.noun.one} → ${groups.one} list (CSV)`,
          `the ${g.areas.noun.one} list`,
          (exports) => exports.downloadAssignmentsCsv(data, option),
          'export-areas-csv',
        )}
        {button(
          `${capitalise(groups.one)} boundaries (GeoJSON)`,
          `the ${groups.one} boundaries`,
          (exports) => exports.downloadRegionsGeoJson(data, option),
          'export-regions-geojson',
        )}
        {button(
          `${g.areas.noun.one} boundaries with ${groups.one} (GeoJSON)`,
          `the ${g.areas.noun.one} boundaries`,
          (exports) => exports.downloadAreasGeoJson(data, option),
          'export-areas-geojson',
        )}
      </ul>
      <p role="status" className="fp-share__status" data-testid="export-status">
        {status}
      </p>
      <p>
        <a
          href={boardPackHref(location.href, compare?.id ?? data.options[0]!.id, {
            ...geographyLinkParams(data),
            ...userOptionsOfLink(data),
          })}
          target="_blank"
          rel="noopener"
          data-testid="board-pack-link"
        >
          Board pack: every option on A4 pages, ready to print (opens in a new tab)
        </a>
      </p>
      <EmbedDialog
        option={option}
        builtIns={data.options}
        geography={data.geography}
        linkParams={geographyLinkParams(data)}
        dialogRef={dialog}
      />
    </section>
  );
}

/** What the copied link opens. With the user's own flow file loaded, the link shows the
 * same choices over the built-in flow data: the file stays in this browser. */
export function linkMessage(copied: boolean, ownFile: string | null): string {
  if (ownFile === null)
    return copied
      ? 'Link copied. It opens this exact view.'
      : 'Copy this link to share this exact view:';
  const caveat = `It opens this view with the built-in flow data: your file ${ownFile} is not included in the link, and stays in this browser.`;
  return copied ? `Link copied. ${caveat}` : `Copy this link to share this view. ${caveat}`;
}
