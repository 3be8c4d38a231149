// Presenter steps: every option in order (Before → Initial → Revised → any other), each
// compared with the step before it, so the map hatches just what that step changes.
import type {BoundaryOption} from '../../domain/types';

export interface PresenterStep {
  index: number;
  option: BoundaryOption;
  previous: BoundaryOption | null;
}

export function presenterStep(options: readonly BoundaryOption[], optionId: string): PresenterStep {
  const found = options.findIndex((o) => o.id === optionId);
  const index = found < 0 ? 0 : found;
  return {index, option: options[index]!, previous: index > 0 ? options[index - 1]! : null};
}
