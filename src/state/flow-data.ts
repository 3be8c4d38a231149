// Which flow dataset is active, and which flow the user is pointing at. Kept out of the main
// store on purpose: a loaded file is data, not a choice, so it never goes in a link; and the
// pointed-at flow is momentary.
import {create} from 'zustand';
import type {FlowDataset} from '../domain/flow-dataset';

export interface FlowDataState {
  /** A dataset loaded from the user's own file; null means the built-in data. */
  custom: FlowDataset | null;
  /** Key ("origin>destination") of the flow under the pointer or keyboard focus. */
  highlighted: string | null;
  setCustom(dataset: FlowDataset): void;
  restoreBuiltIn(): void;
  highlight(key: string | null): void;
}

export const useFlowData = create<FlowDataState>()((set) => ({
  custom: null,
  highlighted: null,
  setCustom: (custom) => set({custom, highlighted: null}),
  restoreBuiltIn: () => set({custom: null, highlighted: null}),
  highlight: (highlighted) => set({highlighted}),
}));
