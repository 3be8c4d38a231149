// A board-pack sheet's foot: the geography's sources and vintages, its attribution and
// licence, the date printed and the page number.
import type {FootprintData} from '../../data/load';

/** `page` of `pages` (1-based), printed on `printed` (a date in words). */
export function SheetFooter({
  geography,
  printed,
  page,
  pages,
}: {
  geography: FootprintData['geography'];
  printed: string;
  page: number;
  pages: number;
}) {
  return (
    <footer className="fp-page__footer">
      <p>
        Sources and vintage:{' '}
        {geography.sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 && '; '}
            {s.publisher}, {s.title.replace(/ \(board paper.*$/, '')}
            {s.title.includes(s.vintage) ? '' : ` (${s.vintage})`}
          </span>
        ))}
        .
      </p>
      <p>
        {geography.attribution}. {geography.licence.name}. Printed from Footprint on {printed}. Page{' '}
        {page} of {pages}.
      </p>
    </footer>
  );
}
