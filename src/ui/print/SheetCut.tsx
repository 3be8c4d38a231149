// A board-pack sheet that does not fit, said on the sheet rather than hidden (issue 21).

/** On a sheet that does not fit even drawn smaller: said, not hidden. */
export function SheetCut() {
  return (
    <p className="fp-page__cut" data-testid="board-pack-cut">
      This sheet holds more than fits on A4: part of it is cut off. The same figures are in the app
      and in the criteria CSV.
    </p>
  );
}
