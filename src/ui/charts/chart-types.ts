// What a chart is given: plain data, computed by pure functions (unit-tested) from the one row
// model per option (src/domain/region-rows.ts) or the criteria. Missing is null, drawn as words.

/** A fill: a colour, and a pattern over it where colour alone would not tell two bars apart
 * (successor regions sharing a colour). */
export interface BarFill {
  colour: string;
  pattern?: BarPattern;
}

export type BarPattern = 'hatch' | 'dots' | 'cross';

export interface Bar {
  key: string;
  /** The bar's label, e.g. the region's name. */
  label: string;
  /** Shown after the label in smaller type, e.g. "new region" or "user-built". */
  note?: string;
  /** null: not known (no bar is drawn, the value text says why). */
  value: number | null;
  /** The value as written at the bar's end, e.g. "8,955,004" or "91.6%". */
  valueText: string;
  fill: BarFill;
  /** Marks written after the value, e.g. "★ Best". */
  marks?: string[];
}

/** A reference line across the bars, e.g. an equal share of England's population. */
export interface Marker {
  value: number;
  /** e.g. "Equal share 8.0 million". */
  label: string;
}

/** One column of a chart's text alternative (a small table of the same numbers). */
export interface TextColumn<Row> {
  label: string;
  numeric?: boolean;
  text(row: Row): string;
}

/** One colour of a chart's colour key, e.g. a region's name and colour. */
export interface ColourKeyEntry {
  name: string;
  colour: string;
  /** Over the colour when another entry has the same colour (e.g. a user's region given an
   * official region's colour), so the two are told apart without colour. */
  pattern?: BarPattern;
}

/** One row of a dumbbell chart: a value under A (hollow circle) and under B (filled circle in
 * the fill), joined by a line, with the change written at the row's end. */
export interface Dumbbell {
  key: string;
  label: string;
  /** A's value; null: no A point (not in A, or no figure — `endText` says which). */
  a: number | null;
  b: number | null;
  /** Written at the row's end: the change ("+730,650", "−0.3 pts") or words ("new in B",
   * "only in A", "not known"). */
  endText: string;
  /** The B point's fill (and the row's key swatch): the region's colour, patterned where
   * another row shares it. */
  fill: BarFill;
  /** Hover text of each point, e.g. "Initial proposal: 8,224,354". */
  aTitle?: string;
  bTitle?: string;
}
