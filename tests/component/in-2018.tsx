// Components read the page's geography from context (src/ui/geography-context.tsx): tests that
// render one alone wrap it in the 2018 geography, as every page wraps its tree.
import type {ReactNode} from 'react';
import {GeographyProvider} from '../../src/ui/geography-context';
import {GEOGRAPHY_2018} from '../unit/real-data';

export function In2018({children}: {children: ReactNode}) {
  return <GeographyProvider data={GEOGRAPHY_2018}>{children}</GeographyProvider>;
}
