import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import {compareOptions, type OptionComparison} from '../../domain/compare';
import type {BoundaryOption} from '../../domain/types';
import {useFootprint} from '../../state/store';
import {useOptions} from '../../state/catalogue';

/** The comparison of option A (compareId) with the option on the map (B), or null when the
 * user is not comparing or chose the same option twice. Derived, never stored. */
export function useComparison(data: FootprintData, b: BoundaryOption): OptionComparison | null {
  const compareId = useFootprint((s) => s.compareId);
  const options = useOptions(data);
  return useMemo(() => {
    const a = options.find((o) => o.id === compareId);
    return a && a.id !== b.id ? compareOptions(a, b, data.stps) : null;
  }, [options, data.stps, compareId, b]);
}
