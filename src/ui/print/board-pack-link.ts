/** board-pack.html beside the app's page: every option, with changes against `baseline`. */
export function boardPackHref(pageHref: string, baseline: string): string {
  const url = new URL('board-pack.html', pageHref);
  url.searchParams.set('baseline', baseline);
  return url.toString();
}
