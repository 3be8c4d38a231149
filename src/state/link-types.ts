// The shapes of a decoded link, shared by url.ts (encoding) and link-decode.ts (decoding).
// Their own file so neither of those two imports the other's types: url.ts re-exports the
// decoder, so a type import back from link-decode.ts made a cycle.
import type {OptionId, RegionId} from '../domain/types';
import type {ViewChoices} from './store';

/** The choices a link carries (focus is momentary, so it never goes in a link). */
export type LinkChoices = Omit<ViewChoices, 'focusedArea'>;

/** What decoding needs to know about an option: its id and title, and its regions' ids. */
export interface KnownOption {
  id: OptionId;
  title: string;
  regions: readonly {id: RegionId; name: string}[];
}

export interface DecodedLink {
  choices: Partial<LinkChoices>;
  messages: string[];
}
