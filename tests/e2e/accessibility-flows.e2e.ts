// axe-core (WCAG 2.2 AA rules) on patient flows, at 1280 and 360 px, each state first checked to
// have been reached (fixtures/ui-states.ts; see accessibility.e2e.ts).
import {FLOW_STATES} from './fixtures/ui-states';
import {axeStateSuite} from './ui-state-axe';

axeStateSuite('patient flows', FLOW_STATES);
