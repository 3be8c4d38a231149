// Presenter mode on or off: a user choice, but a momentary one that never goes in a link, so
// it lives beside the main store rather than in it. The step is the option on the map.
import {create} from 'zustand';

export interface PresenterState {
  presenting: boolean;
  setPresenting(on: boolean): void;
}

export const usePresenter = create<PresenterState>()((set) => ({
  presenting: false,
  setPresenting: (presenting) => set({presenting}),
}));
