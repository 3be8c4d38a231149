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
