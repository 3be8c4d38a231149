// A region name written on an SVG map, line by line (label-text.ts breaks long names).

/** A name's lines (label-text.ts) centred on the <text>'s point: one line as plain text (as
 * ever), more as <tspan>s REGION_LABEL.lineHeight apart. */
export function LabelLines({
  lines,
  x,
  lineHeight,
}: {
  lines: string[];
  x: number;
  lineHeight: number;
}) {
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <>
      {lines.map((line, i) => (
        <tspan
          key={i}
          x={x.toFixed(4)}
          dy={(i === 0 ? (-(lines.length - 1) * lineHeight) / 2 : lineHeight).toFixed(4)}
        >
          {line}
        </tspan>
      ))}
    </>
  );
}
