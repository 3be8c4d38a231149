// SLOT for the trade-off in words when comparing A and B (issue 12). The sentences come from the
// domain's `tradeOffSentences(a, b, titles, regionNames)` once it lands; until then the
// scorecard passes none and this draws nothing.
export function TradeOffSentences({sentences}: {sentences: readonly string[]}) {
  if (sentences.length === 0) return null;
  return (
    <div className="fp-scorecard-tradeoffs" data-testid="scorecard-tradeoffs">
      <h3 className="nhsuk-heading-xs">The trade-off</h3>
      {sentences.map((s) => (
        <p key={s} className="nhsuk-body-s">
          {s}
        </p>
      ))}
    </div>
  );
}
