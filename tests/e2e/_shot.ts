import {launchBrowser, openPage, waitForMapIdle} from './browser';
const b = await launchBrowser();
const {page, foreignRequests, consoleErrors} = await openPage(b, process.argv[2] ?? 'http://localhost:4173/', {width: 1280, height: 800});
try { await waitForMapIdle(page, 20000); } catch (e) { console.log('no idle', String(e).slice(0,200)); }
await page.screenshot({path: '/tmp/shot.png'});
console.log({foreignRequests, consoleErrors});
await b.close();
