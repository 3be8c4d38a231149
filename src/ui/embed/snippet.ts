// The HTML a host pastes into their page. Pure: the Embed dialog and the tests share it.
export interface SnippetSettings {
  /** Absolute URL of embed.html with its parameters. */
  src: string;
  title: string;
  /** CSS width, e.g. "100%" or "640". */
  width: string;
  /** Pixels; with `responsive`, the starting height until the embed reports its own. */
  height: number;
  responsive: boolean;
  /** Element id, so several maps on one page each get their own listener. */
  id: string;
}

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const jsString = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');

export function embedSnippet(s: SnippetSettings): string {
  const width = /^\d+$/.test(s.width) ? s.width : attr(s.width);
  const iframe =
    `<iframe id="${attr(s.id)}" src="${attr(s.src)}" title="${attr(s.title)}" ` +
    `width="${width}" height="${Math.round(s.height)}" style="border:0;max-width:100%" loading="lazy" ` +
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`;
  if (!s.responsive) return iframe;
  const origin = new URL(s.src).origin;
  // The listener checks both the sender (this iframe) and its origin before trusting a height.
  return `${iframe}
<script>
  window.addEventListener('message', function (event) {
    var frame = document.getElementById(${jsString(s.id)});
    if (!frame || event.source !== frame.contentWindow || event.origin !== ${jsString(origin)}) return;
    if (event.data && event.data.type === 'footprint:height' && event.data.height > 0) {
      frame.style.height = Math.ceil(event.data.height) + 'px';
    }
  });
</script>`;
}

/** embed.html beside the app's own page, carrying the view and the embed settings. */
export function embedUrl(pageHref: string, params: Record<string, string | null | false>): string {
  const url = new URL('embed.html', pageHref);
  for (const [name, value] of Object.entries(params)) if (value) url.searchParams.set(name, value);
  return url.toString();
}
