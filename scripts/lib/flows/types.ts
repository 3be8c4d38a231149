// Parsed inputs of the flow build. The pure core (core.ts) takes these, so tests can feed it a
// few inline rows instead of the 60,000-row PHE file.

/** PHE catchment: share of an MSOA's hospital patients who went to a trust. */
export interface CatchmentRow {
  msoa: string;
  trust: string;
  proportion: number;
}

/** ONS April 2018 lookup: the CCG and STP of each English LSOA. */
export interface LsoaAreaRow {
  lsoa: string;
  ccg: string;
  stp: string;
}

export interface LsoaMsoaRow {
  lsoa: string;
  msoa: string;
}

export interface LsoaPopulationRow {
  lsoa: string;
  population: number;
}

/** A trust placed at its HQ: the STP it counts in and its point for the map. */
export interface LocatedTrust {
  code: string;
  name: string;
  areaCode: string;
  lon: number;
  lat: number;
}

/** A located trust with the CCG (April 2018, E38…) its HQ lies in, always one of its STP's. */
export interface PlacedTrust extends LocatedTrust {
  partCode: string;
}

export interface FlowInputs {
  catchment: CatchmentRow[];
  /** Defines the residents counted: every English LSOA, once. */
  lsoaAreas: LsoaAreaRow[];
  /** May include Welsh LSOAs; only those in lsoaAreas are used. */
  lsoaMsoa: LsoaMsoaRow[];
  lsoaPopulation: LsoaPopulationRow[];
  trusts: PlacedTrust[];
}

/** Float sums before rounding: what the expected-result check compares against. */
export interface FlowAggregates {
  /** ccg → trust → people */
  ccgTrust: Map<string, Map<string, number>>;
  /** origin STP → destination (trust HQ) STP → people */
  stpStp: Map<string, Map<string, number>>;
  /** ccg → all its residents (mid-2019), attributed to a trust or not: shares are of these. */
  ccgResidents: Map<string, number>;
  total: number;
  crossStp: number;
}
