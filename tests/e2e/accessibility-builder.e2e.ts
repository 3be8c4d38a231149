// axe-core on the option builder's states (fixtures/builder-states.ts), at desktop and phone widths.
import {axeStateSuite} from './ui-state-axe';
import {BUILDER_STATES} from './fixtures/builder-states';

axeStateSuite('option builder', BUILDER_STATES);
