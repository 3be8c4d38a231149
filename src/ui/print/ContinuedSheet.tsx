// A further A4 sheet of an option whose facts do not fit its first (issue 21, fault 1): its
// heading says "continued", the facts run the full width, and its foot is every sheet's.
import type {ReactNode} from 'react';
import type {FootprintData} from '../../data/load';
import type {BoundaryOption} from '../../domain/types';
import {SheetCut} from './SheetCut';
import {SheetFooter} from './SheetFooter';
import {useFitSheet} from './use-fit-sheet';

/** Sheet `index` (1: the first continued) of `option`, holding `children` (its flow blocks),
 * printed as page `page` of `pages`; `sheetRef` lets the flow measure it (use-sheet-flow.ts). */
export function ContinuedSheet({
  data,
  option,
  userBuilt,
  index,
  page,
  pages,
  printed,
  sheetRef,
  children,
}: {
  data: FootprintData;
  option: BoundaryOption;
  userBuilt: boolean;
  index: number;
  page: number;
  pages: number;
  printed: string;
  sheetRef: (el: HTMLElement | null) => void;
  children: ReactNode;
}) {
  const {ref, cut} = useFitSheet();
  const titleId = `fp-pack-${option.id}-${index + 1}`;
  return (
    <section
      ref={(el) => {
        ref.current = el;
        sheetRef(el);
      }}
      className="fp-page fp-page--continued"
      aria-labelledby={titleId}
      data-testid="board-pack-continued"
      data-option={option.id}
      data-continued=""
    >
      <header className="fp-page__header">
        <h2 id={titleId}>
          {data.geography.mapTitle}: {option.title} (continued)
          {userBuilt && (
            <span className="fp-page__user-built"> — user-built, not an official proposal</span>
          )}
        </h2>
      </header>
      {cut && <SheetCut />}
      <div className="fp-page__flow" data-flow-box="">
        {children}
      </div>
      <SheetFooter geography={data.geography} printed={printed} page={page} pages={pages} />
    </section>
  );
}
