// Entry of index.html. Only the styles come with the page, so the prerendered map paints styled
// and nothing competes with it; the app's code (and MapLibre) are fetched after that paint.
import './ui/styles/nhsuk.scss';
import './ui/styles/app.scss';
import './map/svg/svg-map.scss';
import {bootAfterFirstPaint} from './boot';
import {APP_RENDERER} from './map/renderer-choice';

bootAfterFirstPaint(() => import('./app-main'), APP_RENDERER);
