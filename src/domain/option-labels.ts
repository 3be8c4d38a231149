// How an option names its source, and the words that mark an option a user built in Footprint
// as not an official proposal. One place, so the switch, details, tables, exports, board pack
// and embed all say the same thing, and a user's option can never be cited as a board paper.
import {optionPhrase, paragraphsLabel} from './options';
import type {BoundaryOption} from './types';

/** The short visible tag beside a user-built option's title. */
export const USER_BUILT_TAG = 'User-built';
/** The short marker after a title where a tag does not fit (headings, captions, files). */
export const USER_BUILT_MARKER = '(user-built)';
/** The heading of the group of user-built options in switches and selects. */
export const USER_OPTIONS_GROUP = 'Your options';
/** The group of the options from the board paper, when user options are listed too. */
export const OFFICIAL_OPTIONS_GROUP = 'Official options';

type Labelled = Pick<BoundaryOption, 'id' | 'title' | 'phrase' | 'source' | 'userBuilt'>;

/** True for an option a user built in Footprint (never an official proposal). */
export function isUserBuilt(option: Pick<BoundaryOption, 'userBuilt'>): boolean {
  return option.userBuilt !== undefined;
}

/** "My option 1 (user-built)"; a built-in option's title unchanged. */
export function markedTitle(option: Pick<BoundaryOption, 'title' | 'userBuilt'>): string {
  return isUserBuilt(option) ? `${option.title} ${USER_BUILT_MARKER}` : option.title;
}

/**
 * What a user-built option was started from, in a sentence: "the revised proposal", or a
 * user option's quoted title. `options` are all the options known (built-ins and user ones);
 * null when neither the option it was based on nor its base is among them (e.g. deleted).
 */
export function basedOnPhrase(option: Labelled, options: readonly Labelled[]): string | null {
  if (!option.userBuilt) return null;
  const {basedOn, baseId} = option.userBuilt;
  const from = options.find((o) => o.id === basedOn) ?? options.find((o) => o.id === baseId);
  return from && from.id !== option.id ? optionPhrase(from) : null;
}

/**
 * The one line that says where an option comes from:
 * built-in → "{optionsShort}, paragraphs 2.14–2.16" (wordsIn fills the token with the geography's
 * short citation, e.g. "Board paper, May 2018");
 * user-built → "User-built option, based on the revised proposal — not an official proposal".
 */
export function optionSourceLine(option: Labelled, options: readonly Labelled[]): string {
  if (!isUserBuilt(option)) return `{optionsShort}, ${paragraphsLabel(option.source.paragraphs)}`;
  const from = basedOnPhrase(option, options);
  return `User-built option${from ? `, based on ${from}` : ''} — not an official proposal`;
}

/**
 * A full sentence for places that must stand alone (exports, the board pack, the embed):
 * "“My option 1” was built by a Footprint user, based on the revised proposal. It is not an
 * official proposal." Null for a built-in option.
 */
export function userBuiltNotice(option: Labelled, options: readonly Labelled[]): string | null {
  if (!isUserBuilt(option)) return null;
  const from = basedOnPhrase(option, options);
  return `${optionPhrase(option)} was built by a Footprint user${from ? `, based on ${from}` : ''}. It is not an official proposal.`;
}

/**
 * The option in one line for a picture's notes:
 * built-in → "Revised proposal: {description} Board paper, May 2018, paragraphs 2.14–2.16.";
 * user-built → "My option 1: User-built option, based on the revised proposal. Not an official
 * proposal." (the user's description is left out: the notice must not depend on its words).
 */
export function optionNote(
  option: Labelled & Pick<BoundaryOption, 'description'>,
  options: readonly Labelled[],
): string {
  if (!isUserBuilt(option))
    return `${option.title}: ${option.description} ${optionSourceLine(option, options)}.`;
  const from = basedOnPhrase(option, options);
  return `${option.title}: User-built option${from ? `, based on ${from}` : ''}. Not an official proposal.`;
}

/** Official options first, then the user's, each in catalogue order. */
export function groupOptions<O extends Pick<BoundaryOption, 'userBuilt'>>(
  options: readonly O[],
): {official: O[]; user: O[]} {
  return {official: options.filter((o) => !isUserBuilt(o)), user: options.filter(isUserBuilt)};
}
