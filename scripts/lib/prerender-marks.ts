// How the prerendered pages mark the pieces drawn for one case of a link (an option, an embed
// setting), and the rules of first-paint-embed.css that show only the case a link asks for. Plain
// Node: used by prerender.tsx and prerender-embed.tsx.
import type {BoundaryOption} from '../../src/domain/types';

/** Marks on a piece drawn for one option: the default's, or `data-prerender-option="<id>"`. */
export const optionMark = (o: BoundaryOption, start: BoundaryOption) =>
  o === start ? 'data-prerender-start=""' : `data-prerender-option="${o.id}"`;

/** The <html> attributes first-paint-embed.js sets from the embed's settings (embed-params.ts). */
export const EMBED_ATTRIBUTES = {
  /** fixed=1 or controls=0: no option switch. */
  noSwitch: 'data-fp-embed-no-switch',
  /** controls=0: the legend without buttons, no flows checkbox. */
  staticLegend: 'data-fp-embed-static',
  /** autoheight=1: the page takes its natural height (embed.scss). */
  auto: 'data-fp-embed-auto',
  /** chart=…: the charts' box under the map (embed.scss: half a fixed frame, whatever it holds). */
  charts: 'data-fp-embed-charts',
} as const;

/** first-paint-embed.css's rules for the embed's frame: which drawn case shows (see
 * EMBED_ATTRIBUTES), and none of its words for a link to another geography or to an option the
 * HTML does not draw, such as a user-built one (their own come with the app). */
export function embedCss(): string[] {
  const on = (attribute: string) => `html[${attribute}] .fp-embed.fp-prerender`;
  const off = (attribute: string) => `html:not([${attribute}]) .fp-embed.fp-prerender`;
  return [
    `${on(EMBED_ATTRIBUTES.noSwitch)} .fp-embed__switch{display:none}`,
    `${on(EMBED_ATTRIBUTES.staticLegend)} [data-prerender-controls]{display:none}`,
    `${off(EMBED_ATTRIBUTES.staticLegend)} [data-prerender-static]{display:none}`,
    // With autoheight the charts take their natural height, which only the app knows.
    `:is(${off(EMBED_ATTRIBUTES.charts)},${on(EMBED_ATTRIBUTES.auto)}) [data-prerender-charts]{display:none}`,
    // Words the HTML cannot know: another geography's, or an option it does not draw. The
    // footer (the geography's sources) stays for an option: it is right, and it is the page's
    // first contentful paint, which the boot waits for (up to 1 s) before fetching the app.
    `html:is([data-fp-geography-other],[data-fp-option-other]) .fp-embed.fp-prerender :is(.fp-embed__bar,.fp-embed__switch,.fp-map-words,.fp-embed__legend)>*{visibility:hidden}`,
    `html[data-fp-geography-other] .fp-embed.fp-prerender .fp-embed__footer>*{visibility:hidden}`,
  ];
}

/** first-paint-embed.css's colour for each swatch the prerendered frame draws (prerender-embed.tsx
 * turns their inline style into data-colour): every region colour of `options`. */
export function swatchCss(options: BoundaryOption[]): string[] {
  const colours = new Set(options.flatMap((o) => o.regions.map((r) => r.colour.toLowerCase())));
  return [...colours].map((c) => `.fp-prerender [data-colour="${c}"]{background:${c}}`);
}
