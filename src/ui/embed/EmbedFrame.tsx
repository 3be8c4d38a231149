// The embed's frame around its map: the title bar, the legend column and the footer. EmbedView
// draws them live; scripts/prerender.tsx draws the same components into embed.html, so the map's
// box in the HTML is the box the app gives it and the map does not move when the app takes over
// (issue 21, fault 9).
import type {FootprintData} from '../../data/load';
import type {BoundaryOption} from '../../domain/types';
import {optionDate} from '../OptionSwitch';
import {Legend} from '../Legend';
import {UserBuiltTag} from '../UserBuiltTag';
import {EmbedFlows} from './EmbedFlows';
import {RegionsTable, StaticLegend} from './EmbedParts';

/** The blue bar: "<map title>: <option title> (<date>)", and the user-built notice if any. */
export function EmbedTitleBar({
  data,
  option,
  notice,
}: {
  data: FootprintData;
  option: BoundaryOption;
  notice: string | null;
}) {
  return (
    <div className="fp-embed__bar">
      <h1 className="fp-embed__title">
        {data.geography.mapTitle}: {option.title}
        <UserBuiltTag option={option} />{' '}
        <span className="fp-embed__date">({optionDate(option)})</span>
      </h1>
      {notice && (
        <p className="fp-embed__notice" data-testid="embed-notice">
          {notice}
        </p>
      )}
    </div>
  );
}

/** Beside the map (under it in a narrow frame): the legend (buttons with `controls`, else a
 * static list), patient flows and the regions as a table. */
export function EmbedLegendColumn({
  data,
  option,
  controls,
}: {
  data: FootprintData;
  option: BoundaryOption;
  controls: boolean;
}) {
  return (
    <div className="fp-embed__legend" id="fp-controls" tabIndex={-1}>
      {controls ? (
        <Legend option={option} areas={data.areas} />
      ) : (
        <StaticLegend option={option} areas={data.areas} />
      )}
      <EmbedFlows data={data} option={option} controls={controls} />
      <RegionsTable option={option} areas={data.areas} />
    </div>
  );
}

/** Sources and licence, as the geography's manifest cites them, and the link to the full map
 * (`fullMap`: the app's page with this view, opened in a new tab). */
export function EmbedFooter({data, fullMap}: {data: FootprintData; fullMap: string}) {
  const g = data.geography;
  return (
    <footer className="fp-embed__footer">
      <span>
        Source: {g.citations.options}. {g.attribution.replace(/^Source: /, '')}.{' '}
        <a href={g.licence.url} rel="license noopener" target="_blank">
          {g.licence.name}
        </a>
        .
      </span>{' '}
      <a href={fullMap} target="_blank" rel="noopener" data-testid="open-full-map">
        Open the full map<span className="fp-visually-hidden"> (opens in a new tab)</span>
      </a>
    </footer>
  );
}
