// Reads a user option back from a link (format: link-text.ts). Never throws. Each bad part
// costs only itself and gets a message naming it; the option is null (with a message) only
// when it cannot be rebuilt: no base, an unknown base, or more regions than LIMITS allow.
// Codes and ids are matched regardless of case, as in state/link-decode.ts.
import {quote} from '../quote';
import type {BoundaryOption, AreaCode} from '../types';
import {isGoodId, LIMITS, readColour, regionLimit} from './limits';
import {
  FIELD,
  ID_PARAM,
  listed,
  paramName,
  paramNames,
  splitEntries,
  splitEntry,
  type LinkPrefix,
} from './link-text';
import {distinctNames, readText} from './option-link-names';
import {nextUserOptionId, USER_OPTION_SOURCE, userOptionDescription} from './user-option';
import {regionMembers} from '../options';
import {AREA_NOUN, type UnitNoun} from './units';
import {
  groupsOf,
  partOverrides,
  readMoves,
  readPartMoves,
  type LinkParts,
  type Regions,
} from './option-link-moves';

export type {LinkParts};

export interface ReadUserOption {
  option: BoundaryOption | null;
  /** Plain English, one per problem (at most 7), for the page to show. */
  messages: string[];
}

/** A new region whose colour in the link is not a colour is shown in this grey. */
export const FALLBACK_COLOUR = '#767676';
const MAX_MESSAGES = 6;

/**
 * The user option that `params` carry under `prefix` ('' or 'compare-'), rebuilt on its
 * built-in base (one of `builtIns`, matched by id). `unitCodes`: every area code the data
 * has (ONS, e.g. E54000013). `date` (YYYY-MM-DD, default today) becomes the option's date, as
 * a link does not carry one; basedOn is the base (a link does not say which user option it
 * came from). `parts`: every part with its area and the parts' noun, to read `pmove=`
 * (without it, part moves in the link are left out with a message: the caller should load the
 * parts first when linkMovesParts says so). `areaNoun`: the geography's word for its areas, for messages. `{option: null, messages: []}` when the link has no
 * user option.
 */
export function readUserOption(
  params: URLSearchParams,
  prefix: LinkPrefix,
  builtIns: readonly BoundaryOption[],
  unitCodes: readonly AreaCode[],
  date: string = new Date().toISOString().slice(0, 10),
  parts?: LinkParts,
  areaNoun: UnitNoun = AREA_NOUN,
): ReadUserOption {
  const messages: string[] = [];
  const done = (option: BoundaryOption | null): ReadUserOption => ({
    option,
    messages: capped(messages),
  });
  const get = (name: Parameters<typeof paramName>[1]) => params.get(paramName(prefix, name));
  const rawBase = get('base');
  if (rawBase === null) {
    const stray = paramNames(prefix).filter((n) => params.has(n));
    if (stray.length)
      messages.push(
        `The link changes an option (${stray.join(', ')}) but does not say which option it starts from — ignored`,
      );
    return done(null);
  }
  const base = builtIns.find((o) => o.id === rawBase.trim().toLowerCase());
  if (!base) {
    messages.push(
      `Unknown option ${quote(rawBase)} as the starting point of the link's own option — it cannot be shown`,
    );
    return done(null);
  }
  const id = readId(params.get(ID_PARAM[prefix]), builtIns, messages);
  if (id === null) return done(null);
  const regions: Regions = {
    base,
    kept: new Map(base.regions.map((r) => [r.id, {...r}])),
    dropped: new Set(),
    added: [],
  };
  readDrop(get('drop'), regions, messages);
  readEntries(get('regions'), regions, messages);
  const moved = readMoves(get('move'), regions, new Set(unitCodes), messages, areaNoun);
  const partsMoved = readPartMoves(get('pmove'), regions, parts, messages);
  const assignments: Record<AreaCode, string> = {};
  for (const code of unitCodes) {
    const region = moved.get(code) ?? base.assignments[code];
    if (region === undefined) {
      messages.push(`${base.title} does not place ${code}, so the link's option cannot be shown`);
      return done(null);
    }
    assignments[code] = region;
  }
  const groups = groupsOf(base);
  const partAssignments = partOverrides(partsMoved, assignments, parts, messages, groups);
  keepUsedRegions(regions, {...assignments, ...partAssignments}, messages);
  const list = [
    ...base.regions.filter((r) => !regions.dropped.has(r.id)).map((r) => regions.kept.get(r.id)!),
    ...regions.added,
  ];
  if (list.length > regionLimit(builtIns)) {
    messages.push(
      `The link's option has ${list.length} ${groups.many}; the most is ${regionLimit(builtIns)} — it cannot be shown`,
    );
    return done(null);
  }
  distinctNames(list, messages, groups);
  const title = readText(
    get('title'),
    "The option's title",
    LIMITS.titleChars,
    'Untitled option',
    messages,
  );
  return done({
    id,
    title,
    date,
    description: userOptionDescription(base),
    source: {...USER_OPTION_SOURCE},
    regions: list,
    assignments,
    ...(Object.keys(partAssignments).length ? {partAssignments} : {}),
    ...(base.groupNoun ? {groupNoun: {...base.groupNoun}} : {}),
    userBuilt: {basedOn: base.id, baseId: base.id},
  });
}

/** The option's id from option= / compare=: null (with a message) when that is a built-in. */
function readId(
  raw: string | null,
  builtIns: readonly BoundaryOption[],
  messages: string[],
): string | null {
  const fresh = nextUserOptionId(builtIns.map((o) => o.id));
  if (raw === null) return fresh;
  const id = raw.trim().toLowerCase();
  const builtIn = builtIns.find((o) => o.id === id);
  if (builtIn) {
    messages.push(
      `The link shows ${builtIn.title}, a published option, so its changes to an option are ignored`,
    );
    return null;
  }
  if (isGoodId(id, LIMITS.optionIdChars)) return id;
  messages.push(`Option id ${quote(raw)} is not valid — calling it ${fresh}`);
  return fresh;
}

function readDrop(raw: string | null, regions: Regions, messages: string[]): void {
  for (const token of (raw ?? '').split(FIELD)) {
    const id = token.trim().toLowerCase();
    if (!id) continue;
    if (regions.kept.has(id)) regions.dropped.add(id);
    else messages.push(`Unknown ${groupsOf(regions.base).one} ${quote(token)} to remove — ignored`);
  }
}

/** New regions, and base regions with a new colour or name. */
function readEntries(raw: string | null, regions: Regions, messages: string[]): void {
  const seen = new Set<string>();
  const {One} = groupsOf(regions.base);
  for (const entry of splitEntries(raw ?? '')) {
    const fields = splitEntry(entry);
    const id = fields?.id.trim().toLowerCase() ?? '';
    if (!fields || !isGoodId(id, LIMITS.regionIdChars)) {
      messages.push(`${One} ${quote(entry)} is not written as id.colour.name — ignored`);
      continue;
    }
    if (seen.has(id)) {
      messages.push(`${One} ${id} is listed twice — using the first`);
      continue;
    }
    seen.add(id);
    const was = regions.kept.get(id);
    if (was && regions.dropped.delete(id))
      messages.push(`${One} ${was.name} is both changed and removed — kept`);
    const colour =
      fields.colour.trim() === '' ? was?.colour : readColour(`#${fields.colour.replace(/^#/, '')}`);
    const name =
      fields.name === '' && was
        ? was.name
        : readText(fields.name, `${One} name`, LIMITS.regionNameChars, `${One} ${id}`, messages);
    if (!colour)
      messages.push(
        `Colour ${quote(fields.colour)} of ${groupsOf(regions.base).one} ${name} is not a colour like 1d70b8 — ${was ? 'keeping its colour' : 'showing it grey'}`,
      );
    // A published group keeps its `uncertain` mark when renamed or recoloured, as in the builder.
    const region = {
      id,
      code: was?.code ?? null,
      name,
      colour: colour ?? was?.colour ?? FALLBACK_COLOUR,
      ...(was?.uncertain ? {uncertain: was.uncertain} : {}),
    };
    if (was) regions.kept.set(id, region);
    else regions.added.push(region);
  }
}

/** A dropped base region that still has units stays (dropping it would leave them nowhere). */
function keepUsedRegions(
  regions: Regions,
  assignments: Record<AreaCode, string>,
  messages: string[],
): void {
  for (const id of [...regions.dropped]) {
    const codes = regionMembers({assignments}, id);
    if (!codes.length) continue;
    regions.dropped.delete(id);
    messages.push(
      `${groupsOf(regions.base).One} ${regions.kept.get(id)!.name} cannot be removed: ${listed(codes)} still belong${codes.length > 1 ? '' : 's'} to it — kept`,
    );
  }
}

function capped(messages: string[]): string[] {
  if (messages.length <= MAX_MESSAGES) return messages;
  return [
    ...messages.slice(0, MAX_MESSAGES),
    `…and ${messages.length - MAX_MESSAGES} more problems with the link's option`,
  ];
}
