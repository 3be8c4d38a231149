// Entry of index.html. Only the styles come with the page, so the prerendered map paints styled
// and nothing competes with it; the app's code is fetched after that paint.
import './ui/styles/nhsuk.scss';
import './ui/styles/app.scss';
import './map/svg/svg-map.scss';
import {bootAfterFirstPaint} from './boot';

bootAfterFirstPaint(
  () => import('./app-main'),
  () => import('./data/startup-fetch').then((m) => m.prefetchStartupFiles(location.search)),
);
