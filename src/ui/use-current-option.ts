import type {FootprintData} from '../data/load';
import type {BoundaryOption} from '../domain/types';
import {useFootprint} from '../state/store';
import {defaultOption, useOptions} from '../state/catalogue';

/** The option the store names (built-in or user-built), or the last official one (the revised
 * proposal) if it names none we know. */
export function useCurrentOption(data: FootprintData): BoundaryOption {
  const id = useFootprint((s) => s.optionId);
  const options = useOptions(data);
  return options.find((o) => o.id === id) ?? defaultOption(data);
}
