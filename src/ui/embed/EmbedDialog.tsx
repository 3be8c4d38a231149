import {useId, useState} from 'react';
import {markedTitle} from '../../domain/option-labels';
import type {BoundaryOption} from '../../domain/types';
import {embedSnippet, embedUrl} from './snippet';
import {embedHeight, embedWidth} from './embed-size';
import {copyText} from '../share/copy-text';
import {useFootprint} from '../../state/store';
import {flowParams} from '../../state/url';
import {userOptionParams} from '../../domain/builder/option-link';
import {useFlowData} from '../../state/flow-data';
import {CheckboxItem} from '../Checkbox';
import {EMBED_CHART_LABELS, EMBED_CHARTS, embedChartParam, type EmbedChartId} from './embed-charts';
import {groupNounOf, wordsIn, type Geography} from '../../domain/geography';

/** Builds the iframe snippet for the option on screen. A native <dialog> opened with
 * showModal(): focus stays inside it and Escape closes it, with nothing to re-implement. */
/** `linkParams`: what every link to this page's geography carries (geographyLinkParams). */
export function EmbedDialog({
  option,
  builtIns,
  geography,
  linkParams,
  dialogRef,
}: {
  option: BoundaryOption;
  builtIns: BoundaryOption[];
  geography: Geography;
  linkParams: Record<string, string>;
  dialogRef: React.RefObject<HTMLDialogElement | null>;
}) {
  const ids = useId();
  const [fixed, setFixed] = useState(false);
  const [controls, setControls] = useState(true);
  // Follows the region selected on the map until the user picks one here.
  const [region, setRegion] = useState<string | null>(null);
  const selectedRegion = useFootprint((s) => s.selectedRegion);
  // Flows follow the map too (on or off, and their settings) until the user ticks the box here.
  const flowSettings = useFootprint((s) => s.flows);
  const [flowsChoice, setFlowsChoice] = useState<boolean | null>(null);
  const withFlows = flowsChoice ?? flowSettings.visible;
  // A file the user loaded stays in their browser: the embed can only show the built-in data.
  const ownFlowData = useFlowData((s) => s.custom !== null);
  const [width, setWidth] = useState('100%');
  const [height, setHeight] = useState('640');
  const [responsive, setResponsive] = useState(true);
  const [status, setStatus] = useState('');
  const [charts, setCharts] = useState<EmbedChartId[]>([]);
  // The comparison chart needs the option compared with: only offered while comparing.
  const compareId = useFootprint((s) => s.compareId);
  const comparing = compareId !== null && compareId !== option.id;
  const toggleChart = (c: EmbedChartId, on: boolean) =>
    setCharts((list) => (on ? [...list, c] : list.filter((x) => x !== c)));
  const wanted = region ?? selectedRegion ?? '';
  const validRegion = option.regions.some((r) => r.id === wanted) ? wanted : '';
  const src = embedUrl(location.href, {
    ...linkParams,
    option: option.id,
    region: validRegion || null,
    fixed: fixed && controls && '1',
    controls: !controls && '0',
    autoheight: responsive && '1',
    chart: embedChartParam(charts.filter((c) => c !== 'compare' || comparing)),
    compare: comparing && charts.includes('compare') && compareId,
    ...(withFlows ? flowParams({...flowSettings, visible: true}) : {}),
    // A user-built option travels in the snippet itself: the visitor's browser has never seen it.
    ...(option.userBuilt
      ? userOptionParams(option, builtIns.find((o) => o.id === option.userBuilt!.baseId) ?? null)
      : {}),
  });
  const heightRead = embedHeight(height);
  const widthRead = embedWidth(width);
  const snippet = embedSnippet({
    src,
    title: `Map of ${geography.mapTitle}: ${markedTitle(option)}`,
    width: widthRead.width,
    height: heightRead.px,
    responsive,
    id: 'footprint-map',
  });
  const copy = async () =>
    setStatus((await copyText(snippet)) ? 'Snippet copied.' : 'Select the snippet and copy it.');
  const field = (name: string) => `${ids}-${name}`;

  return (
    <dialog
      ref={dialogRef}
      className="fp-dialog"
      aria-labelledby={field('title')}
      onClose={() => setStatus('')}
    >
      <h2 className="nhsuk-heading-m" id={field('title')}>
        Embed this map
      </h2>
      <p className="nhsuk-body-s">
        Paste the snippet into your web page. The map loads everything from this site and nothing
        from anywhere else.
      </p>
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
        <CheckboxItem
          id={field('controls')}
          checked={controls}
          onChange={setControls}
          label="Show the option switch and a clickable legend"
        />
        <CheckboxItem
          id={field('fixed')}
          checked={fixed}
          onChange={setFixed}
          disabled={!controls}
          label={`Fix the option to ${markedTitle(option)}`}
        />
        <CheckboxItem
          id={field('flows')}
          checked={withFlows}
          onChange={setFlowsChoice}
          label="Show patient-flow arrows, with their key"
        />
        {withFlows && ownFlowData && (
          <p className="nhsuk-body-s fp-dialog__note" data-testid="embed-own-data-note">
            The embed shows the built-in flow data (PHE catchment populations, 2018): the file you
            loaded stays in this browser.
          </p>
        )}
        <CheckboxItem
          id={field('responsive')}
          checked={responsive}
          onChange={setResponsive}
          label="Fit the height to the map (responsive)"
        />
      </div>
      <fieldset className="nhsuk-fieldset fp-dialog__charts">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          Charts under the map
        </legend>
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
          {EMBED_CHARTS.map((c) => (
            <CheckboxItem
              key={c}
              id={field(`chart-${c}`)}
              checked={charts.includes(c) && (c !== 'compare' || comparing)}
              disabled={c === 'compare' && !comparing}
              onChange={(on) => toggleChart(c, on)}
              label={wordsIn(
                c === 'compare' && !comparing
                  ? `${EMBED_CHART_LABELS[c]} (compare two options first)`
                  : EMBED_CHART_LABELS[c],
                {...geography, regionNoun: groupNounOf(option, geography)},
              )}
            />
          ))}
        </div>
      </fieldset>
      <div className="fp-dialog__row">
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor={field('region')}>
            Starting {groupNounOf(option, geography).one}
          </label>
          <select
            className="nhsuk-select"
            id={field('region')}
            value={validRegion}
            onChange={(e) => setRegion(e.target.value)}
          >
            <option value="">None (all of {geography.place})</option>
            {option.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor={field('width')}>
            Width
          </label>
          {widthRead.note && <SizeNote id={field('width-note')} note={widthRead.note} />}
          <input
            className="nhsuk-input nhsuk-input--width-5"
            id={field('width')}
            value={width}
            aria-describedby={widthRead.note ? field('width-note') : undefined}
            onChange={(e) => setWidth(e.target.value)}
          />
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor={field('height')}>
            Height (pixels)
          </label>
          {heightRead.note && <SizeNote id={field('height-note')} note={heightRead.note} />}
          <input
            className="nhsuk-input nhsuk-input--width-4"
            id={field('height')}
            inputMode="numeric"
            value={height}
            aria-describedby={heightRead.note ? field('height-note') : undefined}
            onChange={(e) => setHeight(e.target.value)}
          />
        </div>
      </div>
      <label className="nhsuk-label" htmlFor={field('snippet')}>
        Snippet
      </label>
      <textarea
        className="nhsuk-textarea fp-dialog__snippet"
        id={field('snippet')}
        readOnly
        value={snippet}
        rows={responsive ? 10 : 4}
        data-testid="embed-snippet"
      />
      <p className="nhsuk-body-s">
        With a responsive height, the map tells your page its height in a message{' '}
        <code>{`{type: 'footprint:height', height}`}</code>; the few lines of script in the snippet
        listen for it.{' '}
        <a href={src} target="_blank" rel="noopener">
          Preview the embed
        </a>
      </p>
      <div className="fp-dialog__actions">
        <button type="button" className="nhsuk-button nhsuk-button--small" onClick={copy}>
          Copy snippet
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => dialogRef.current?.close()}
        >
          Close
        </button>
        <span role="status" className="fp-share__status">
          {status}
        </span>
      </div>
    </dialog>
  );
}

/** How a typed size was read, when the snippet does not use it as typed. */
function SizeNote({id, note}: {id: string; note: string}) {
  return (
    <span className="nhsuk-hint" id={id} role="status">
      {note}
    </span>
  );
}
