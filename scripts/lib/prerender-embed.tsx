// embed.html's prerendered frame (scripts/prerender.tsx): the title bar, option switch, map in
// words, legend column and footer, drawn by the embed's own components (EmbedFrame.tsx,
// MapInWords) around the prerendered map, so the map's box in the HTML is the one the app gives
// it and the map does not move or change size when the embed's code arrives (issue 21, fault 9:
// at 360 × 740 it was 525 px tall in the HTML against 240 live).
//
// The frame is a picture until the app replaces it: every piece is aria-hidden and inert, and
// its ids are dropped (the app's own come with it). A link can ask for another option or embed
// settings that change the frame, so each piece that depends on them is drawn once per case,
// and first-paint-embed.css shows the one first-paint-embed.js's <html> attributes ask for
// (prerender-marks.ts).
//
// Loaded through Vite's SSR module loader (prerender.tsx), not plain Node: the components'
// modules import styles and Vite's import.meta.glob.
import {renderToStaticMarkup} from 'react-dom/server';
import type {ReactElement} from 'react';
import type {BoundaryOption} from '../../src/domain/types';
import {GeographyProvider} from '../../src/ui/geography-context';
import {MapInWords} from '../../src/ui/MapInWords';
import {EmbedFooter, EmbedLegendColumn, EmbedTitleBar} from '../../src/ui/embed/EmbedFrame';

/** The charts a link's chart= can ask for (embed-charts.ts), for first-paint-embed.js. */
export {EMBED_CHARTS} from '../../src/ui/embed/embed-charts';
import {escapeHtml, type BuiltIn} from './prerender-geographies';
import {optionMark} from './prerender-marks';

/** Static markup of `element` as a picture: its first tag gets `marks`, aria-hidden and inert;
 * ids, the attributes that point at them and test ids are dropped (the app's tests find the
 * app's own elements, never these). A swatch's inline colour becomes
 * data-colour (the page's Content-Security-Policy refuses style attributes in HTML;
 * first-paint-embed.css colours it: swatchCss); any other style attribute is an error, not a silent loss. */
function picture(element: ReactElement, marks: string): string {
  return renderToStaticMarkup(element)
    .replace(
      /\sstyle="background:(#[0-9a-f]{6})"/gi,
      (_, c: string) => ` data-colour="${c.toLowerCase()}"`,
    )
    .replace(/\sstyle="([^"]*)"/, (_, style: string) => {
      throw new Error(`prerender-embed: an inline style (${style}) would be refused by the CSP`);
    })
    .replace(/\s(?:id|for|aria-labelledby|aria-describedby|aria-controls|data-testid)="[^"]*"/g, '')
    .replace(/^<([a-z0-9]+)/, `<$1 ${marks ? `${marks} ` : ''}aria-hidden="true" inert=""`);
}

/** The option switch's strip with `checked` chosen (the app's is EmbedOptionSwitch). */
function strip(options: BoundaryOption[], checked: BoundaryOption, marks: string): string {
  const radios = options
    .map(
      (o) =>
        `<div class="nhsuk-radios__item"><input class="nhsuk-radios__input" type="radio" tabindex="-1"${o === checked ? ' checked=""' : ''}><label class="nhsuk-label nhsuk-radios__label">${escapeHtml(o.title)}</label></div>`,
    )
    .join('');
  return `<fieldset class="nhsuk-fieldset fp-embed__switch fp-embed__switch--prerendered" ${marks} aria-hidden="true" inert=""><div class="nhsuk-radios nhsuk-radios--small nhsuk-radios--inline">${radios}</div></fieldset>`;
}

/** The regions table's rows are inside a closed <details>: only its summary takes space, so
 * the rows are left out of the HTML (everything after the summary; an error if that cannot be
 * found, so a change to RegionsTable is not written half-cut). */
const withoutTableRows = (html: string) => {
  const out = html.replace(
    /<div class="nhsuk-details__text">[\s\S]*?<\/div><\/details>/g,
    '</details>',
  );
  if (out.includes('nhsuk-details__text'))
    throw new Error('prerender-embed: the regions table no longer ends its <details> as expected');
  return out;
};

/** embed.html's <div id="root"> content around `mapBox` (the map area's markup). */
export function embedFrame({data, start}: BuiltIn, mapBox: string): string {
  const inProvider = (e: ReactElement) => <GeographyProvider data={data}>{e}</GeographyProvider>;
  const each = (draw: (o: BoundaryOption, marks: string) => string) =>
    data.options.map((o) => draw(o, optionMark(o, start))).join('');
  const bars = each((o, m) =>
    picture(inProvider(<EmbedTitleBar data={data} option={o} notice={null} />), m),
  );
  const strips = each((o, m) => strip(data.options, o, m));
  const words = each((o, m) =>
    picture(inProvider(<MapInWords data={data} option={o} scrolls={false} />), m),
  );
  const legends = each((o, m) =>
    [true, false]
      .map((controls) =>
        picture(
          inProvider(<EmbedLegendColumn data={data} option={o} controls={controls} />),
          `${m} data-prerender-${controls ? 'controls' : 'static'}=""`,
        ),
      )
      .join(''),
  );
  const footer = picture(<EmbedFooter data={data} fullMap="./" />, '');
  // The charts' place (EmbedCharts), empty: in a fixed frame their box is half the frame.
  const charts = `<section class="fp-embed__charts" data-prerender-charts="" aria-hidden="true" inert=""></section>`;
  return `<div class="fp-embed fp-prerender"><main class="fp-embed__main">${bars}${strips}<div class="fp-embed__body">${mapBox}${words}${withoutTableRows(legends)}</div>${charts}${footer}</main></div>`;
}
