// axe-core (WCAG 2.2 AA rules) on selections and presenter mode, at 1280 and 360 px, each state first checked to
// have been reached (fixtures/ui-states.ts; see accessibility.e2e.ts).
import {SELECTION_STATES} from './fixtures/ui-states';
import {axeStateSuite} from './ui-state-axe';

axeStateSuite('selections and presenter mode', SELECTION_STATES);
