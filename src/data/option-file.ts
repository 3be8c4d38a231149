// A user option as a file to keep or send (issue 11): pretty JSON that says what it is, and
// the reader that checks a file before its option joins the app. Never throws.
//
//   {"format": "footprint-option", "version": 1, "geography": "england-2018",
//    "notice": "A user-built option made in Footprint. Not an official NHS proposal.",
//    "option": {"id": "mine-1", "title": "My option 1", …, "partAssignments": {…}, "userBuilt": {…}}}
//
// "geography" and "partAssignments" came with issue 19 in the same version: a file without
// "geography" was made before there was more than one geography, so it is read as the default
// geography's (DEFAULT_GEOGRAPHY_ID); one without "partAssignments" moves no single parts.
import {sizeAgainstLimit} from '../domain/file-size';
import {z} from '../zod';
import type {BoundaryOption} from '../domain/types';
import {quote} from '../domain/quote';
import {checkUserOption, type CheckContext} from './user-option-check';
import {BUILT_IN_GEOGRAPHIES, DEFAULT_GEOGRAPHY_ID} from './geography-files';
import type {PartsCheck} from './user-option-parts';
import type {AreaWords} from './user-option-units';

export const OPTION_FILE_FORMAT = 'footprint-option';
export const OPTION_FILE_VERSION = 1;
export const OPTION_FILE_NOTICE = 'A user-built option made in Footprint. Not an official NHS proposal.';
/** Files over this many bytes are refused unread (an option is a few kilobytes). */
export const OPTION_FILE_MAX_BYTES = 1024 * 1024;

/** The file's text for `option`, made on the geography `geographyId` (the page's, e.g.
 * "england-2018"): 2-space indented JSON, ending in a newline. */
export function optionFileText(option: BoundaryOption, geographyId: string = DEFAULT_GEOGRAPHY_ID): string {
  const {id, title, date, description, source, regions, assignments, partAssignments, userBuilt} = option;
  const file = {
    format: OPTION_FILE_FORMAT,
    version: OPTION_FILE_VERSION,
    geography: geographyId,
    notice: OPTION_FILE_NOTICE,
    option: {id, title, date, description, source, regions, assignments, ...(partAssignments ? {partAssignments} : {}), userBuilt},
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const envelope = z.object({format: z.unknown(), version: z.unknown(), geography: z.optional(z.unknown()), option: z.unknown()});

/** Where a file is opened: the page's geography (id and title) and, to read part moves, its
 * parts. Without it, the default geography without parts. */
export interface OpenedOn {
  /** The page's geography; its `areas` words the messages ("an area", "a local area"). */
  geography: {id: string; title: string; areas?: AreaWords};
  parts?: PartsCheck;
}

export type ReadOptionFile = {ok: true; option: BoundaryOption; messages: string[]} | {ok: false; message: string};

/**
 * The option in a file's `text` (`byteLength`: the file's size in bytes, checked first), or
 * why it cannot be used, in words. `builtIns`, `unitCodes`: the app's data; `existingIds`: the
 * user's options' ids (an id already taken is replaced and said). `unitName` names areas in
 * messages. `on`: the page's geography and parts (see OpenedOn). Refused: over 1 MB, not JSON,
 * not a Footprint option file, another version, a file for another geography ("This option file
 * is for the geography 'X', not 'England, April 2018: 42 areas'."), and every fatal problem of
 * checkUserOption (user-option-check.ts), unknown part codes included.
 */
export function readOptionFile(
  text: string,
  byteLength: number,
  builtIns: readonly BoundaryOption[],
  unitCodes: readonly string[],
  existingIds: readonly string[],
  unitName?: CheckContext['unitName'],
  on?: OpenedOn,
): ReadOptionFile {
  if (byteLength > OPTION_FILE_MAX_BYTES) {
    return {ok: false, message: `The file is ${sizeAgainstLimit(byteLength, OPTION_FILE_MAX_BYTES)}. An option file is a few kilobytes — is this the right file?`};
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {ok: false, message: 'This is not a Footprint option file: it is not JSON. Choose a file saved with “Download as a file (JSON)”.'};
  }
  const parsed = envelope.safeParse(json);
  if (!parsed.success || parsed.data.format !== OPTION_FILE_FORMAT) {
    return {ok: false, message: 'This is not a Footprint option file: it does not say "format": "footprint-option".'};
  }
  // Present (the envelope requires the key) and parsed from JSON, so it has a JSON text.
  const {version} = parsed.data;
  if (version !== OPTION_FILE_VERSION) {
    // Stryker disable next-line EqualityOperator: version is not OPTION_FILE_VERSION here, so >= is >
    const newer = typeof version === 'number' && version > OPTION_FILE_VERSION;
    return {
      ok: false,
      message: `This option file is version ${JSON.stringify(version).slice(0, 20)}; this Footprint reads version ${OPTION_FILE_VERSION}${newer ? ' — it was made by a newer Footprint' : ''}.`,
    };
  }
  const other = otherGeography(parsed.data.geography, on);
  if (other) return {ok: false, message: `This option file is for the geography ${other}.`};
  const checked = checkUserOption(parsed.data.option, {builtIns, unitCodes, existingIds, unitName, refuseUnknownUnits: true, parts: on?.parts, areas: on?.geography.areas});
  return checked.ok ? checked : {ok: false, message: `The option in this file cannot be used. ${sentence(checked.message)}`};
}

/** "'X', not 'England, April 2018: 42 areas'" when `field` names another geography than the
 * page's, else null. A missing field is the default geography (files from before it existed). */
export function otherGeography(field: unknown, on: OpenedOn | undefined): string | null {
  const id = field === undefined ? DEFAULT_GEOGRAPHY_ID : field;
  const page = (on ?? DEFAULT_OPENED_ON).geography;
  if (id === page.id) return null;
  // Parsed from JSON and not undefined (that is the default), so it has a JSON text.
  const named = typeof id === 'string' ? titleOf(id) : JSON.stringify(id);
  return `${quote(named)}, not ${quote(page.title)}`;
}

/** A built-in geography's title, or the id itself. */
function titleOf(id: string): string {
  return BUILT_IN_GEOGRAPHIES.find((g) => g.id === id)?.title ?? id;
}

/** Where a caller that says nothing opens a file: the default geography, without parts. */
export const DEFAULT_OPENED_ON: OpenedOn = {geography: {id: DEFAULT_GEOGRAPHY_ID, title: titleOf(DEFAULT_GEOGRAPHY_ID)}};

const sentence = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);

