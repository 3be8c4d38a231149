import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import {compareOptions, type OptionComparison} from '../../domain/compare';
import type {BoundaryOption} from '../../domain/types';
import {useFootprint} from '../../state/store';
import {useOptions} from '../../state/catalogue';
import {usePartLayer, type PartLayer} from '../../state/part-layer';
import {rowsOf, useFlowList} from '../use-option-rows';
import {namedPartsFor, partsFor, usePartsLayer} from '../use-parts';

/** The comparison of option A (compareId) with the option on the map (B), or null when the
 * user is not comparing or chose the same option twice. Derived, never stored. Its regions'
 * figures are the two options' memoised rows (rowsOf), with flow totals once the active flow
 * data is ready when `withFlows` (which fetches the built-in flows); without, flows are null.
 * When either option moves single parts, compared part by part once the parts are loaded. */
export function useComparison(data: FootprintData, b: BoundaryOption, withFlows = false): OptionComparison | null {
  const compareId = useFootprint((s) => s.compareId);
  const options = useOptions(data);
  const flows = useFlowList(withFlows);
  const layer = usePartsLayer();
  return useMemo(() => {
    const a = options.find((o) => o.id === compareId);
    if (!a || a.id === b.id) return null;
    return compareOptionsWithParts(a, b, data.areas, flows, layer);
  }, [options, data.areas, compareId, b, flows, layer]);
}

/** compareOptions over the options' memoised rows (rowsOf with `flows`), part by part where
 * either option moves parts and `layer` has them: the one way every view compares two options. */
export function compareOptionsWithParts(a: BoundaryOption, b: BoundaryOption, areas: FootprintData['areas'], flows: Parameters<typeof rowsOf>[2], layer: Pick<PartLayer, 'partList' | 'parts'> = usePartLayer.getState()): OptionComparison {
  const rows = {a: rowsOf(a, areas, flows, partsFor(a, layer)), b: rowsOf(b, areas, flows, partsFor(b, layer))};
  return compareOptions(a, b, areas, rows, namedPartsFor([a, b], layer));
}
