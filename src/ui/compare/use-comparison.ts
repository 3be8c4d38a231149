import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import {compareOptions, type OptionComparison} from '../../domain/compare';
import type {AreaFlow} from '../../domain/flows';
import type {BoundaryOption} from '../../domain/types';
import {useFootprint} from '../../state/store';
import {useShownOptions} from '../later-options';
import {usePartLayer, type PartLayer} from '../../state/part-layer';
import {rowsWith, useFlowList, usePartFigures, type PartFigures} from '../use-option-rows';
import {movesAnyPart} from '../flows/use-part-flows';
import {namedPartsFor, usePartsLayer} from '../use-parts';

/** The comparison of option A (compareId) with the option on the map (B), or null when the
 * user is not comparing or chose the same option twice. Derived, never stored. Its regions'
 * figures are the two options' memoised rows (rowsOf), with flow totals once the active flow
 * data is ready when `withFlows` (which fetches the built-in flows); without, flows are null.
 * When either option moves single parts, compared part by part once the parts are loaded, its
 * flows by part once the part flows are (rowsWith). */
export function useComparison(
  data: FootprintData,
  b: BoundaryOption,
  withFlows = false,
): OptionComparison | null {
  const compareId = useFootprint((s) => s.compareId);
  const options = useShownOptions(data);
  const flows = useFlowList(withFlows);
  const layer = usePartsLayer();
  const a = options.find((o) => o.id === compareId);
  const part = usePartFigures(
    withFlows && (movesAnyPart(b) || (a !== undefined && movesAnyPart(a))),
  );
  return useMemo(() => {
    if (!a || a.id === b.id) return null;
    return compareOptionsWithParts(a, b, data.areas, flows, layer, part);
  }, [a, data.areas, b, flows, part, layer]);
}

/** compareOptions over the options' memoised rows (rowsWith: part by part, with part flows, where
 * an option moves parts and `part` has them), naming the parts from `layer`: the one way every
 * view compares two options. */
export function compareOptionsWithParts(
  a: BoundaryOption,
  b: BoundaryOption,
  areas: FootprintData['areas'],
  flows: readonly AreaFlow[] | null,
  layer: Pick<PartLayer, 'partList' | 'parts'> = usePartLayer.getState(),
  // Without part flows (views that show no flow figures) the parts come from the layer.
  part: PartFigures = {parts: layer.partList, flows: null, unavailable: null},
): OptionComparison {
  const rows = {a: rowsWith(a, areas, flows, part), b: rowsWith(b, areas, flows, part)};
  return compareOptions(a, b, areas, rows, namedPartsFor([a, b], layer));
}
