// Parameters only the embed page reads (the view itself travels in the ordinary link
// parameters, see src/state/url.ts):
//   fixed=1       the option cannot be changed (no option switch)
//   controls=0    no controls at all: a static legend, no option switch
//   autoheight=1  the page takes its natural height and posts it to the parent
export interface EmbedSettings {
  fixedOption: boolean;
  controls: boolean;
  autoHeight: boolean;
}

export function readEmbedSettings(search: string): EmbedSettings {
  const p = new URLSearchParams(search);
  return {
    fixedOption: p.get('fixed') === '1',
    controls: p.get('controls') !== '0',
    autoHeight: p.get('autoheight') === '1',
  };
}

/** The message the embed posts to its parent whenever its height changes. */
export interface HeightMessage {
  type: 'footprint:height';
  /** CSS pixels: the whole embed page, so the iframe can be sized to show it all. */
  height: number;
}

export const HEIGHT_MESSAGE_TYPE: HeightMessage['type'] = 'footprint:height';
