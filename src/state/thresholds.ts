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
  /** The thresholds Reset goes back to and a link leaves out: the geography's (thresholdDefaultsOf). */
  defaults: Thresholds;
  setOpen(open: boolean): void;
  setThreshold<K extends keyof Thresholds>(key: K, value: Thresholds[K]): void;
  resetThresholds(): void;
  /** Replace the choices at once (from a link; anything left out goes back to its default,
   * `defaults` when given: the geography's). */
  applyScorecard(choices: Partial<ScorecardChoices>, defaults?: Thresholds): void;
}

export const DEFAULT_SCORECARD: ScorecardChoices = {open: false, thresholds: DEFAULT_THRESHOLDS};

export const useScorecard = create<ScorecardState>()(
  subscribeWithSelector((set) => ({
    ...DEFAULT_SCORECARD,
    defaults: DEFAULT_THRESHOLDS,
    setOpen: (open) => set({open}),
    setThreshold: (key, value) => set((s) => ({thresholds: {...s.thresholds, [key]: value}})),
    resetThresholds: () => set((s) => ({thresholds: s.defaults})),
    applyScorecard: (choices, defaults) =>
      set((s) => {
        const d = defaults ?? s.defaults;
        return {...DEFAULT_SCORECARD, thresholds: d, defaults: d, ...choices};
      }),
  })),
);

/** For tests: put the store back to its first state. */
export function resetScorecard(): void {
  useScorecard.setState({...DEFAULT_SCORECARD, defaults: DEFAULT_THRESHOLDS});
}
