// The Content-Security-Policy every Footprint page is served with (README, "Hosting").
// No 'unsafe-inline' and no 'unsafe-eval': a link's text can never become running script or
// style. blob: for MapLibre's worker (built from a blob of the bundled code) and for
// exported images; data: for the empty favicon and image downloads. frame-ancestors *: any
// site may embed the map (embed.html is made for iframes).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  'frame-ancestors *',
].join('; ');
