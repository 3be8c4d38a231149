import {quote} from '../../state/quote';

// Parameters only the embed page reads (the view itself travels in the ordinary link
// parameters, see src/state/url.ts):
//   fixed=1       the option cannot be changed (no option switch)
//   controls=0    no controls at all: a static legend, no option switch
//   autoheight=1  the page takes its natural height and posts it to the parent
//   chart=a,b     charts under the map (embed-charts.ts)
export interface EmbedSettings {
  fixedOption: boolean;
  controls: boolean;
  autoHeight: boolean;
}

/** The embed page's own link parameters (declared to the URL sync so they are kept). */
export const EMBED_PARAMS = ['fixed', 'controls', 'autoheight', 'chart'] as const;
const SWITCHES = ['fixed', 'controls', 'autoheight'] as const;
const DEFAULTS = {fixed: '0', controls: '1', autoheight: '0'} as const;

export function readEmbedSettings(search: string): EmbedSettings {
  const p = new URLSearchParams(search);
  return {
    fixedOption: p.get('fixed') === '1',
    controls: p.get('controls') !== '0',
    autoHeight: p.get('autoheight') === '1',
  };
}

/** A message for each embed setting that is neither 0 nor 1 (read as its default). */
export function embedSettingMessages(search: string): string[] {
  const p = new URLSearchParams(search);
  return SWITCHES.flatMap((name) => {
    const raw = p.get(name);
    if (raw === null || raw === '0' || raw === '1') return [];
    return [
      `Embed setting ${name}=${quote(raw)} is not valid — use 0 or 1; using ${DEFAULTS[name]}`,
    ];
  });
}

/** The message the embed posts to its parent whenever its height changes. */
export interface HeightMessage {
  type: 'footprint:height';
  /** CSS pixels: the whole embed page, so the iframe can be sized to show it all. */
  height: number;
}

export const HEIGHT_MESSAGE_TYPE: HeightMessage['type'] = 'footprint:height';
