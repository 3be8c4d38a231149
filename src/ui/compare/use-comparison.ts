import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import {compareOptions, type OptionComparison} from '../../domain/compare';
import type {BoundaryOption} from '../../domain/types';
import {useFootprint} from '../../state/store';
import {useOptions} from '../../state/catalogue';
import {rowsWith, useFlowList, usePartFigures} from '../use-option-rows';
import {movesAnyPart} from '../flows/use-part-flows';

/** The comparison of option A (compareId) with the option on the map (B), or null when the
 * user is not comparing or chose the same option twice. Derived, never stored. Its regions'
 * figures are the two options' memoised rows (rowsOf), with flow totals once the active flow
 * data is ready when `withFlows` (which fetches the built-in flows); without, flows are null.
 * An option that moves single parts is totalled part by part, its flows by part (rowsWith). */
export function useComparison(data: FootprintData, b: BoundaryOption, withFlows = false): OptionComparison | null {
  const compareId = useFootprint((s) => s.compareId);
  const options = useOptions(data);
  const flows = useFlowList(withFlows);
  const a = options.find((o) => o.id === compareId);
  const part = usePartFigures(withFlows && (movesAnyPart(b) || (a !== undefined && movesAnyPart(a))));
  return useMemo(() => {
    if (!a || a.id === b.id) return null;
    return compareOptions(a, b, data.areas, {a: rowsWith(a, data.areas, flows, part), b: rowsWith(b, data.areas, flows, part)});
  }, [a, data.areas, b, flows, part]);
}
