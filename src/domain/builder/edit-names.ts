// What the builder calls its edits: each edit's name in the undo list (describeEdit), and the
// word for an option's groups that those names and edit.ts's messages use.
import type {BoundaryOption, Noun, OptionEdit, RegionId} from '../types';
import {DEFAULT_GROUP_NOUN} from '../geography';
import {regionOfPart} from './part-edit';
import type {PartsContext, UnitName} from './units';

/** A unit named by its code, where no names are given. */
export const byCode: UnitName = (code) => code;

/** What a group is called where neither the option nor the context says (the 2018 word). */
const REGIONS: Noun = DEFAULT_GROUP_NOUN;

/** What `option`'s messages and step names call its groups: its own groupNoun ("ICB",
 * "cluster"), else the geography's, else "region". */
export const groupsOf = (option: Pick<BoundaryOption, 'groupNoun'>, regionNoun?: Noun): Noun =>
  option.groupNoun ?? regionNoun ?? REGIONS;

/**
 * The undo step's name for `edit` on `before` (the option it applies to), e.g.
 * "Lincolnshire: Midlands → East of England", "New region: Central",
 * "Rename region: Midlands → Central Midlands", "Recolour region: Midlands",
 * "Remove region: Central", "Rename option: My option 1 → Lincs east",
 * "Merge: Lincolnshire ICB + Derby and Derbyshire ICB → East Midlands ICB",
 * "NHS Frimley ICB (April 2023): Frimley → Surrey Heartlands", "Split: North Kent from Kent and Medway", and for a part
 * (with `parts`) "Tameside and Glossop: North West → Midlands".
 * An id the option does not have is shown as it is. Groups are called by the option's own
 * noun, else `regionNoun` (the geography's), else "region": "New ICB: Central".
 */
export function describeEdit(
  before: BoundaryOption,
  edit: OptionEdit,
  unitName: UnitName = byCode,
  parts?: PartsContext,
  regionNoun?: Noun,
): string {
  const name = (id: RegionId) => before.regions.find((r) => r.id === id)?.name ?? id;
  const group = groupsOf(before, regionNoun).one;
  switch (edit.kind) {
    case 'move':
      return `${unitName(edit.unit)}: ${name(before.assignments[edit.unit] ?? '?')} → ${name(edit.to)}`;
    case 'move-part':
      return `${(parts?.name ?? byCode)(edit.part)}: ${name(regionOfPart(before, edit.part, parts?.list) ?? '?')} → ${name(edit.to)}`;
    case 'add-region':
      return `New ${group}: ${edit.region.name.trim()}`;
    case 'rename-region':
      return `Rename ${group}: ${name(edit.id)} → ${edit.name.trim()}`;
    case 'recolour-region':
      return `Recolour ${group}: ${name(edit.id)}`;
    case 'remove-region':
      return `Remove ${group}: ${name(edit.id)}`;
    case 'rename-option':
      return `Rename option: ${before.title} → ${edit.title.trim()}`;
    case 'merge-groups':
      return `Merge: ${edit.ids.map(name).join(' + ')} → ${edit.name.trim()}`;
    case 'move-units': {
      const from = [...new Set(edit.units.map((u) => before.assignments[u] ?? '?'))].filter(
        (r) => r !== edit.to,
      );
      return `${edit.name}: ${from.map(name).join(' + ') || name(edit.to)} → ${name(edit.to)}`;
    }
    case 'split-group':
      return `Split: ${edit.region.name.trim()} from ${name(edit.id)}`;
  }
}
