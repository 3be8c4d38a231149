// Shared by the builder-*.test.ts files: the real options and STPs, and user options built
// the way the builder builds them.
import {options, areas} from './real-data';
import {makeUserOption} from '../../src/domain/builder/user-option';
import {applyEdit} from '../../src/domain/builder/edit';
import type {BoundaryOption, OptionEdit} from '../../src/domain/types';

export const builtIns: BoundaryOption[] = options;
export const unitCodes: string[] = areas.map((s) => s.code).sort();
const names = new Map(areas.map((s) => [s.code, s.name]));
export const unitName = (code: string): string => names.get(code) ?? code;
export const builtIn = (id: string): BoundaryOption => builtIns.find((o) => o.id === id)!;

export const LINCOLNSHIRE = 'E54000013';
export const BIRMINGHAM = 'E54000017';

/** A fresh user option on `baseId` ("mine-1", "My option 1", 2024-05-01). */
export function mine(baseId = 'revised'): BoundaryOption {
  return makeUserOption({
    id: 'mine-1',
    title: 'My option 1',
    basedOn: builtIn(baseId),
    date: '2024-05-01',
  });
}

/** `option` after each edit in turn; fails the test if one is refused. */
export function edited(option: BoundaryOption, ...edits: OptionEdit[]): BoundaryOption {
  return edits.reduce((o, edit) => {
    const result = applyEdit(o, edit);
    if (result.error !== undefined) throw new Error(`edit refused: ${result.error}`);
    return result.option;
  }, option);
}
