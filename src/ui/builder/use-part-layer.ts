import {useEffect} from 'react';
import type {GeographyFiles} from '../../data/lazy';
import {loadPartLayer, usePartLayer, type PartLayer} from '../../state/part-layer';

/** The part layer for the builder, loading it once `wanted` (an option is open in the builder)
 * where the geography has parts. A failed load is kept in `error` (the builder then moves whole
 * areas only) rather than thrown. */
export function useBuilderParts(data: GeographyFiles, wanted = true): PartLayer {
  const layer = usePartLayer();
  const has = data.geography.parts !== null;
  useEffect(() => {
    if (wanted && has) loadPartLayer(data).catch(() => undefined);
  }, [data, wanted, has]);
  return layer;
}
