// The option builder's store: the options users built, which one is being edited, its undo
// and redo steps, a pending move awaiting Accept, and the paint region. User choices only:
// figures, validation and previews are derived from these plus the data (src/domain/builder).
// Kept apart from the view store (store.ts) so the view's link and the builder's saved
// options each have one owner; the option resolver (catalogue.ts) joins them.
import {create} from 'zustand';
import {subscribeWithSelector} from 'zustand/middleware';
import type {BoundaryOption, OptionEdit, OptionId, RegionId} from '../domain/types';

/** One undoable step: the option as it was before the step, and the step's name in words,
 * e.g. "Lincolnshire: Midlands → East of England". Snapshots, not inverse edits: an option of
 * 42 (or 6,800) units copies in well under a millisecond, and undo can never drift. */
export interface BuilderStep {
  label: string;
  option: BoundaryOption;
}

export interface Editing {
  optionId: OptionId;
  /** Newest last. */
  past: BuilderStep[];
  /** The steps undone, newest undone last; cleared by any new step. */
  future: BuilderStep[];
}

export interface Pending {
  edit: OptionEdit;
  label: string;
}

export interface BuilderChoices {
  /** Every user-built option, in the order they were made (saved in the browser). */
  userOptions: BoundaryOption[];
  /** The user option open in the builder, or null. */
  editing: Editing | null;
  /** A move shown as a preview before the user accepts or cancels it. */
  pending: Pending | null;
  /** Paint mode: clicking an area moves it to this region; null when off. */
  paint: RegionId | null;
  /** What the page could not read or save of the user's options, in words. */
  notices: string[];
  /** The last step done, undone or redone, in words, for a polite live region ("Undone: …"). */
  status: string;
}

export interface BuilderActions {
  /** Add a user option (new, imported or from a link) and open it in the builder. */
  addOption(option: BoundaryOption): void;
  /** Replace the options wholesale (loading saved ones). Closes the builder. */
  setOptions(options: BoundaryOption[]): void;
  /** Take the options merged with another tab's (option-merge.ts): the builder stays open on
   * its option, with its history, while that option is in the list. */
  mergeOptions(options: BoundaryOption[]): void;
  /** Add an option that came with a link, without opening it in the builder. */
  adoptOption(option: BoundaryOption): void;
  removeOption(id: OptionId): void;
  /** Open an existing user option in the builder (a fresh undo history); null closes it. */
  edit(id: OptionId | null): void;
  /** Record a step on the option being edited: `next` replaces it, `label` names the step. */
  commit(next: BoundaryOption, label: string): void;
  undo(): void;
  redo(): void;
  propose(pending: Pending | null): void;
  setPaint(region: RegionId | null): void;
  setNotices(notices: string[]): void;
}

export type BuilderState = BuilderChoices & BuilderActions;

export const EMPTY_BUILDER: BuilderChoices = {
  userOptions: [],
  editing: null,
  pending: null,
  paint: null,
  notices: [],
  status: '',
};

const replace = (options: BoundaryOption[], next: BoundaryOption) =>
  options.map((o) => (o.id === next.id ? next : o));

export const useBuilder = create<BuilderState>()(
  subscribeWithSelector((set, get) => ({
    ...EMPTY_BUILDER,
    addOption: (option) =>
      set((s) => ({
        userOptions: [...s.userOptions.filter((o) => o.id !== option.id), option],
        editing: {optionId: option.id, past: [], future: []},
        pending: null,
        paint: null,
      })),
    setOptions: (userOptions) => set({userOptions, editing: null, pending: null, paint: null}),
    mergeOptions: (userOptions) =>
      set((s) => {
        const open = s.editing && userOptions.find((o) => o.id === s.editing!.optionId);
        return open
          ? {userOptions, paint: paintStill(s.paint, open)}
          : {userOptions, editing: null, pending: null, paint: null};
      }),
    adoptOption: (option) =>
      set((s) => ({userOptions: [...s.userOptions.filter((o) => o.id !== option.id), option]})),
    removeOption: (id) =>
      set((s) => ({
        userOptions: s.userOptions.filter((o) => o.id !== id),
        ...(s.editing?.optionId === id ? {editing: null, pending: null, paint: null} : {}),
      })),
    edit: (id) =>
      set((s) => ({
        editing:
          id !== null && s.userOptions.some((o) => o.id === id)
            ? {optionId: id, past: [], future: []}
            : null,
        pending: null,
        paint: null,
      })),
    commit: (next, label) => {
      const {editing, userOptions} = get();
      const current = editing && userOptions.find((o) => o.id === editing.optionId);
      if (!editing || !current || next.id !== current.id) return;
      set({
        userOptions: replace(userOptions, next),
        editing: {...editing, past: [...editing.past, {label, option: current}], future: []},
        pending: null,
        paint: paintStill(get().paint, next),
        status: `Done: ${label}.`,
      });
    },
    undo: () => step('past', 'future'),
    redo: () => step('future', 'past'),
    propose: (pending) => set({pending}),
    // A preview hidden under paint mode would come back (and take focus) later: drop it.
    setPaint: (paint) => set({paint, pending: null}),
    setNotices: (notices) => set({notices}),
  })),
);

/** Undo (from `past` to `future`) or redo (the other way): the option goes back to the step's
 * snapshot and the current one is kept on the other stack under the same name. */
function step(from: 'past' | 'future', to: 'past' | 'future'): void {
  const {editing, userOptions} = useBuilder.getState();
  const current = editing && userOptions.find((o) => o.id === editing.optionId);
  const taken = editing?.[from].at(-1);
  if (!editing || !current || !taken) return;
  useBuilder.setState({
    userOptions: replace(userOptions, taken.option),
    editing: {
      ...editing,
      [from]: editing[from].slice(0, -1),
      [to]: [...editing[to], {label: taken.label, option: current}],
    } as Editing,
    pending: null,
    paint: paintStill(useBuilder.getState().paint, taken.option),
    status: `${from === 'past' ? 'Undone' : 'Redone'}: ${taken.label}.`,
  });
}

/** The paint region, if `option` still has it (an undo or removal can take it away). */
function paintStill(paint: RegionId | null, option: BoundaryOption): RegionId | null {
  return paint !== null && option.regions.some((r) => r.id === paint) ? paint : null;
}

/** The option being edited, or null. */
export function editedOption(s: BuilderChoices): BoundaryOption | null {
  return (s.editing && s.userOptions.find((o) => o.id === s.editing!.optionId)) ?? null;
}

/** For tests: put the builder back to empty. */
export function resetBuilder(): void {
  useBuilder.setState(EMPTY_BUILDER);
}
