import {useMemo} from 'react';
import type {FootprintData} from '../../data/load';
import {compareOptions, type OptionComparison} from '../../domain/compare';
import {findOption} from '../../domain/options';
import type {BoundaryOption} from '../../domain/types';
import {useFootprint} from '../../state/store';

/** The comparison of option A (compareId) with the option on the map (B), or null when the
 * user is not comparing or chose the same option twice. Derived, never stored. */
export function useComparison(data: FootprintData, b: BoundaryOption): OptionComparison | null {
  const compareId = useFootprint((s) => s.compareId);
  return useMemo(() => {
    const a = findOption(data.options, compareId);
    return a && a.id !== b.id ? compareOptions(a, b, data.stps) : null;
  }, [data.options, data.stps, compareId, b]);
}
