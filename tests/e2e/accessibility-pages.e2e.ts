// axe-core (WCAG 2.2 AA rules) on the embed, the board pack and the SVG map, at 1280 and 360 px, each state first checked to
// have been reached (fixtures/ui-states.ts; see accessibility.e2e.ts).
import {PAGE_STATES} from './fixtures/ui-states';
import {axeStateSuite} from './ui-state-axe';

axeStateSuite('the embed, the board pack and the SVG map', PAGE_STATES);
