import {preview} from 'vite';
import {launchBrowser} from '/work/main/tests/e2e/browser';
const server = await preview({root: '/work/main', preview: {port: 0, host: '127.0.0.1'}, logLevel: 'warn'});
const base = server.resolvedUrls!.local[0]!;
const browser = await launchBrowser();
const page = await browser.newPage({viewport: {width: 1280, height: 800}});
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.goto(base + '?option=initial');
await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', {timeout: 60000});
console.log(await page.evaluate(() => {
  const c = document.querySelector('.fp-map__webgl canvas') as HTMLCanvasElement;
  const m = (window as any).__footprintMap;
  return {canvas: c && [c.width, c.height, c.clientWidth, c.clientHeight], zoom: m.zoom(), center: m.center(), state: m.stpState('E54000020'), gl: document.querySelector('.fp-map__webgl')!.outerHTML.slice(0, 300)};
}));
await browser.close(); await server.close();
