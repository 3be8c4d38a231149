import type {FootprintData} from '../data/load';
import {findOption} from '../domain/options';
import type {BoundaryOption} from '../domain/types';
import {useFootprint} from '../state/store';

/** The option the store names, or the last one (the revised proposal) if it names none we know. */
export function useCurrentOption(data: FootprintData): BoundaryOption {
  const id = useFootprint((s) => s.optionId);
  return findOption(data.options, id) ?? data.options[data.options.length - 1]!;
}
