// The group changes (group-changes.ts) in plain sentences: "North Central London and North West
// London merge into West and North London.", "Frimley is divided between 3 ICBs: …". Groups are
// called by the option's own noun where it has one, else by the geography's.
import {countOf, type Noun} from './geography';
import type {DivisionPiece, GroupChanges, GroupMakeup, GroupUnit, Division} from './group-changes';
import {formatCount, formatPercent, listJoin} from './format';
import type {Region} from './types';

/** A divided group's pieces are named unit by unit when each is one unit and there are at most
 * this many: three names read well in a sentence, a longer list does not. */
const NAMED_PIECES = 3;

/** What each option calls its groups, e.g. {a: ICB, b: cluster}. */
export interface GroupNouns {
  a: Noun;
  b: Noun;
}

/** Names as a list a reader can split: "A and B", or, where a name holds a comma or an "and"
 * itself ("Bedfordshire, Luton and Milton Keynes"), "A; B; and C". */
export function nameList(names: string[]): string {
  if (!names.some((n) => /,| and /.test(n))) return listJoin(names);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join('; ')}; and ${names[names.length - 1]}`;
}

const names = (groups: Region[]) => nameList(groups.map((g) => g.name));

/** ", taking in part of X" / ", taking in parts of 2 ICBs: X; and Y"; empty without pieces. */
function piecesClause(pieces: Region[], noun: Noun): string {
  if (!pieces.length) return '';
  return pieces.length === 1
    ? `, taking in part of ${pieces[0]!.name}`
    : `, taking in parts of ${countOf(pieces.length, noun)}: ${names(pieces)}`;
}

/** "North Central London and North West London merge into West and North London." */
export function mergeSentence(m: GroupMakeup, n: GroupNouns): string {
  return `${names(m.wholes)} merge into ${m.group.name}${piecesClause(m.pieces, n.a)}.`;
}

/** "Norfolk and Waveney becomes Norfolk and Suffolk, taking in part of Suffolk and North East
 * Essex."; "Hampshire and Isle of Wight takes in part of Frimley." when the name stays. */
export function grownSentence(m: GroupMakeup, n: GroupNouns): string {
  const whole = m.wholes[0]!;
  if (whole.name === m.group.name)
    return `${whole.name} takes in${piecesClause(m.pieces, n.a).replace(', taking in', '')}.`;
  return `${whole.name} becomes ${m.group.name}${piecesClause(m.pieces, n.a)}.`;
}

/** "Frimley is made of parts of 2 ICBs: Surrey and Sussex; and Thames Valley.", for a group made
 * of pieces of several divided groups (one piece of one group is said by its division). */
export function formedSentence(m: GroupMakeup, n: GroupNouns): string {
  return `${m.group.name} is made of parts of ${countOf(m.pieces.length, n.a)}: ${names(m.pieces)}.`;
}

const people = (n: number) => `${formatCount(n)} people`;

/** A piece by its unit's name, unless the unit is called as the group it goes to (which would
 * read "North West London to North West London"). */
function pieceWords<U extends GroupUnit>(p: DivisionPiece<U>, named: boolean): string {
  const share = formatPercent(p.share);
  const name = p.units[0]!.name;
  return named && name !== p.to.name
    ? `${name} (${people(p.population)}, ${share}) to ${p.to.name}`
    : `${share} (${people(p.population)}) to ${p.to.name}`;
}

/** "Frimley is divided between 3 ICBs: Slough, … (441,286 people, 56.9%) to Thames Valley; …":
 * shares of the divided group's people, largest first; its pieces named when each is one unit. */
export function divisionSentence<U extends GroupUnit>(d: Division<U>, n: GroupNouns): string {
  const named = d.pieces.length <= NAMED_PIECES && d.pieces.every((p) => p.units.length === 1);
  const pieces = d.pieces.map((p) => pieceWords(p, named));
  const list = `${pieces.slice(0, -1).join('; ')}; and ${pieces[pieces.length - 1]}`;
  return `${d.from.name} is divided between ${countOf(d.pieces.length, n.b)}: ${list}.`;
}

/** Every group-level sentence, in reading order: merges, groups that take in pieces, groups made
 * of pieces, divisions, renames, then how many groups stay as they are. Unit moves are worded
 * by the caller, as it words any comparison's moves. */
export function groupChangeSentences<U extends GroupUnit>(
  c: GroupChanges<U>,
  n: GroupNouns,
): string[] {
  const same = c.unchanged.length;
  return [
    ...c.merges.map((m) => mergeSentence(m, n)),
    ...c.grown.map((m) => grownSentence(m, n)),
    ...c.formed.filter((m) => m.pieces.length > 1).map((m) => formedSentence(m, n)),
    ...c.divisions.map((d) => divisionSentence(d, n)),
    ...c.renamed.map((r) => `${r.from.name} is renamed ${r.to.name}.`),
    ...(same
      ? [
          `${countOf(same, n.b)} ${same === 1 ? 'stays' : 'stay'} as ${same === 1 ? 'it is' : 'they are'}.`,
        ]
      : []),
  ];
}
