// A user option as a file to keep or send (issue 11): pretty JSON that says what it is, and
// the reader that checks a file before its option joins the app. Never throws.
//
//   {"format": "footprint-option", "version": 1,
//    "notice": "A user-built option made in Footprint. Not an official NHS proposal.",
//    "option": {"id": "mine-1", "title": "My option 1", …, "userBuilt": {…}}}
import {z} from '../zod';
import type {BoundaryOption} from '../domain/types';
import {checkUserOption, type CheckContext} from './user-option-check';

export const OPTION_FILE_FORMAT = 'footprint-option';
export const OPTION_FILE_VERSION = 1;
export const OPTION_FILE_NOTICE = 'A user-built option made in Footprint. Not an official NHS proposal.';
/** Files over this many bytes are refused unread (an option is a few kilobytes). */
export const OPTION_FILE_MAX_BYTES = 1024 * 1024;

/** The file's text for `option`: 2-space indented JSON, ending in a newline. */
export function optionFileText(option: BoundaryOption): string {
  const {id, title, date, description, source, regions, assignments, userBuilt} = option;
  const file = {
    format: OPTION_FILE_FORMAT,
    version: OPTION_FILE_VERSION,
    notice: OPTION_FILE_NOTICE,
    option: {id, title, date, description, source, regions, assignments, userBuilt},
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const envelope = z.object({format: z.unknown(), version: z.unknown(), option: z.unknown()});

export type ReadOptionFile = {ok: true; option: BoundaryOption; messages: string[]} | {ok: false; message: string};

/**
 * The option in a file's `text` (`byteLength`: the file's size in bytes, checked first), or
 * why it cannot be used, in words. `builtIns`, `unitCodes`: the app's data; `existingIds`: the
 * user's options' ids (an id already taken is replaced and said). `unitName` names STPs in
 * messages. Refused: over 1 MB, not JSON, not a Footprint option file, another version, and
 * every fatal problem of checkUserOption (user-option-check.ts).
 */
export function readOptionFile(
  text: string,
  byteLength: number,
  builtIns: readonly BoundaryOption[],
  unitCodes: readonly string[],
  existingIds: readonly string[],
  unitName?: CheckContext['unitName'],
): ReadOptionFile {
  if (byteLength > OPTION_FILE_MAX_BYTES) {
    return {ok: false, message: `The file is ${megabytes(byteLength)} MB; the limit is 1 MB. An option file is a few kilobytes — is this the right file?`};
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
  const {version} = parsed.data;
  if (version !== OPTION_FILE_VERSION) {
    const newer = typeof version === 'number' && version > OPTION_FILE_VERSION;
    return {
      ok: false,
      message: `This option file is version ${JSON.stringify(version)?.slice(0, 20) ?? 'unknown'}; this Footprint reads version ${OPTION_FILE_VERSION}${newer ? ' — it was made by a newer Footprint' : ''}.`,
    };
  }
  const checked = checkUserOption(parsed.data.option, {builtIns, unitCodes, existingIds, unitName, refuseUnknownUnits: true});
  return checked.ok ? checked : {ok: false, message: `The option in this file cannot be used. ${sentence(checked.message)}`};
}

const sentence = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);

/** Bytes as MB to one decimal, rounded up (so 1 MB and a byte never shows as "1.0 MB"). */
const megabytes = (bytes: number): string => (Math.ceil((bytes / OPTION_FILE_MAX_BYTES) * 10) / 10).toFixed(1);
