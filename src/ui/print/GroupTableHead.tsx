// The header row of the board pack's group tables (an option's groups, its changes against the
// baseline): the groups' column in the option's own word, then the number columns.
import type {FootprintData} from '../../data/load';
import {capitalise} from '../../domain/format';
import {groupNounOf} from '../../domain/geography';
import type {BoundaryOption} from '../../domain/types';

/** `<thead>` with `option`'s noun for its groups ("ICB"), the geography's areas ("cells"), its
 * finer units where `withParts` and it has them, then `numbers` ("Population", …), each right
 * aligned. Repeated on a continued sheet. */
export function GroupTableHead({
  data,
  option,
  withParts,
  numbers,
}: {
  data: FootprintData;
  option: BoundaryOption;
  withParts: boolean;
  numbers: readonly (string | false)[];
}) {
  const g = data.geography;
  const heads = [g.areas.noun.many, withParts && g.parts?.noun.many, ...numbers].filter(
    (h): h is string => typeof h === 'string',
  );
  return (
    <thead>
      <tr>
        <th scope="col">{capitalise(groupNounOf(option, g).one)}</th>
        {/* By place: two headings may share words (a geography's nouns are data). */}
        {heads.map((h, i) => (
          <th key={i} scope="col" className="fp-num">
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}
