// Entry of embed.html: the map, legend and option switch for other people's pages. As
// src/main.tsx: styles with the page, code after the first paint. The embed draws SVG unless
// the link asks for renderer=webgl.
import './ui/styles/nhsuk.scss';
import './ui/styles/app.scss';
import './map/svg/svg-map.scss';
// The embed's own frame (title bar, legend column) is in the prerendered HTML too.
import './ui/embed/embed.scss';
import {bootAfterFirstPaint} from './boot';

bootAfterFirstPaint(
  () => import('./embed-main'),
  () => import('./data/startup-fetch').then((m) => m.prefetchStartupFiles(location.search)),
);
