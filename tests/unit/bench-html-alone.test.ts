// npm run bench's reference row: Footprint's page with no script or style (bench-peers.ts).
import {describe, expect, it} from 'vitest';
import {htmlAlone} from '../../scripts/lib/bench-peers';

const page = `<html><head><script src="./first-paint.js"></script><link rel="stylesheet" href="./first-paint.css">
<script type="module" crossorigin src="./assets/main.js"></script><link rel="modulepreload" href="./assets/app.js"></head>
<body><div id="root"><svg><path class="fp-svgmap__area" d="M0,0l1,1z"></path></svg></div><script>inline()</script></body></html>`;

describe('htmlAlone', () => {
  it('takes out every script and link, and keeps the map', () => {
    const bare = htmlAlone(page);
    expect(bare).not.toMatch(/<script|<link/);
    expect(bare).toContain('<path class="fp-svgmap__area" d="M0,0l1,1z"></path>');
  });
});
