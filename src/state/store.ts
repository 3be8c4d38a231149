// The user's choices, and nothing derived: aggregates, colours and outlines are computed from
// these plus the data. Plain serialisable values, so the whole view can live in a link.
import {create} from 'zustand';
import {subscribeWithSelector} from 'zustand/middleware';
import type {OptionId, RegionId, AreaCode} from '../domain/types';

export type FlowDirection = 'in' | 'out' | 'both';

export interface FlowSettings {
  /** Draw flow arrows at all. */
  visible: boolean;
  /** Hide flows smaller than this many people. */
  minVolume: number;
  /** Only flows whose ends are in different regions under the current option. */
  crossRegionOnly: boolean;
  /** Draw at most this many arrows, largest first. */
  topN: number;
  /** With an area or region selected: its inbound, outbound or both flows. */
  direction: FlowDirection;
}

export interface MapViewport {
  center: [number, number];
  zoom: number;
}

export interface ViewChoices {
  /** The boundary option shown on the map (option B when comparing). */
  optionId: OptionId;
  /** Option A of a comparison; null when not comparing. */
  compareId: OptionId | null;
  /** The area the user clicked or chose from a list. */
  selectedArea: AreaCode | null;
  /** The region the user chose from the legend, the map or a table. */
  selectedRegion: RegionId | null;
  /** The area under the pointer or keyboard focus: drives the tooltip and the map highlight. */
  focusedArea: AreaCode | null;
  /** Optional map layers. */
  layers: {parts: boolean};
  flows: FlowSettings;
  /** Where the map looks; null means "fit England". */
  viewport: MapViewport | null;
}

export interface ViewActions {
  chooseOption(id: OptionId): void;
  compareWith(id: OptionId | null): void;
  selectArea(code: AreaCode | null): void;
  selectRegion(id: RegionId | null): void;
  focusArea(code: AreaCode | null): void;
  clearSelection(): void;
  toggleLayer(layer: keyof ViewChoices['layers'], on: boolean): void;
  setFlows(patch: Partial<FlowSettings>): void;
  setViewport(viewport: MapViewport | null): void;
  /** Replace several choices at once (e.g. from a shared link). */
  applyChoices(patch: Partial<ViewChoices>): void;
}

export type FootprintState = ViewChoices & ViewActions;

// A readable map first: the 40 largest flows of at least 5,000 between areas, not a hairball.
export const DEFAULT_FLOWS: FlowSettings = {
  visible: false,
  minVolume: 5000,
  crossRegionOnly: false,
  topN: 40,
  direction: 'both',
};

export const DEFAULT_CHOICES: ViewChoices = {
  // None chosen yet: pages show the geography's default option (its manifest names it) until
  // a link or the user chooses one.
  optionId: '',
  compareId: null,
  selectedArea: null,
  selectedRegion: null,
  focusedArea: null,
  layers: {parts: false},
  flows: DEFAULT_FLOWS,
  viewport: null,
};

export const useFootprint = create<FootprintState>()(
  subscribeWithSelector((set) => ({
    ...DEFAULT_CHOICES,
    chooseOption: (optionId) => set({optionId}),
    compareWith: (compareId) => set({compareId}),
    selectArea: (selectedArea) => set({selectedArea, selectedRegion: null}),
    selectRegion: (selectedRegion) => set({selectedRegion, selectedArea: null}),
    focusArea: (focusedArea) => set({focusedArea}),
    clearSelection: () => set({selectedArea: null, selectedRegion: null}),
    toggleLayer: (layer, on) => set((s) => ({layers: {...s.layers, [layer]: on}})),
    setFlows: (patch) => set((s) => ({flows: {...s.flows, ...patch}})),
    setViewport: (viewport) => set({viewport}),
    applyChoices: (patch) => set(patch),
  })),
);

/** For tests: put the store back to its first state. */
export function resetFootprint(): void {
  useFootprint.setState(DEFAULT_CHOICES);
}
