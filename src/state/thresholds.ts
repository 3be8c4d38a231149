// The scorecard's user choices (issue 12): whether it is open, and the thresholds past which a
// value is flagged. A store of its own, so the map's store and its tests are untouched; the
// URL sync reads and writes it through thresholds-link.ts.
import {create} from 'zustand';
import {subscribeWithSelector} from 'zustand/middleware';
import {DEFAULT_THRESHOLDS, type Thresholds} from '../domain/criteria/types';

export interface ScorecardChoices {
  /** The scorecard section is expanded (its data, flows and districts, are then fetched). */
  open: boolean;
  thresholds: Thresholds;
}

export interface ScorecardState extends ScorecardChoices {
  setOpen(open: boolean): void;
  setThreshold<K extends keyof Thresholds>(key: K, value: Thresholds[K]): void;
  resetThresholds(): void;
  /** Replace the choices at once (from a link; anything left out goes back to its default). */
  applyScorecard(choices: Partial<ScorecardChoices>): void;
}

export const DEFAULT_SCORECARD: ScorecardChoices = {open: false, thresholds: DEFAULT_THRESHOLDS};

export const useScorecard = create<ScorecardState>()(
  subscribeWithSelector((set) => ({
    ...DEFAULT_SCORECARD,
    setOpen: (open) => set({open}),
    setThreshold: (key, value) => set((s) => ({thresholds: {...s.thresholds, [key]: value}})),
    resetThresholds: () => set({thresholds: DEFAULT_THRESHOLDS}),
    applyScorecard: (choices) => set({...DEFAULT_SCORECARD, ...choices}),
  })),
);

/** For tests: put the store back to its first state. */
export function resetScorecard(): void {
  useScorecard.setState(DEFAULT_SCORECARD);
}
