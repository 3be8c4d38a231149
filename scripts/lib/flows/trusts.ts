// Which postcode stands for each trust's headquarters, and what to call the trust. Pure: the
// point-in-polygon and projection happen in locate.ts.
import {BuildError} from '../raw';

/** A trust's HQ on the British National Grid, before it is placed in an STP. */
export interface TrustHq {
  code: string;
  name: string;
  /** The etr row the postcode came from: the trust itself or the predecessor standing in. */
  locationFrom: string;
  postcode: string;
  easting: number;
  northing: number;
}

/** Trusts formed after the etr extract (c. 2016–17) are not in it. PROVENANCE.md: R0D
 * (University Hospitals Dorset, 2020) takes the HQ of its predecessor RDZ, Royal Bournemouth,
 * where the merged trust is headquartered. */
export const HQ_PREDECESSORS: Record<string, string> = {R0D: 'RDZ'};

/** ODS's upper-case names in the same style as the 2022 names: every word capitalised, NHS
 * kept as an acronym. Only used for trusts with no 2022 name. */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split(' ')
    .map((word) =>
      word === 'nhs'
        ? 'NHS'
        : word.replace(/(^|[-(])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase()),
    )
    .join(' ');
}

/** etr columns (no header): 1 code, 2 name, …, 10 postcode. */
const ETR_CODE = 0;
const ETR_NAME = 1;
const ETR_POSTCODE = 9;

export function trustHeadquarters(
  codes: string[],
  etrRows: string[][],
  postcodeRows: string[][],
  names2022: Map<string, string>,
): TrustHq[] {
  const etr = new Map(etrRows.map((r) => [r[ETR_CODE]?.trim() ?? '', r]));
  // NSPL extract (no header): postcode, easting, northing (northing zero-padded).
  const grid = new Map(postcodeRows.map((r) => [r[0]?.trim() ?? '', r]));
  return codes.map((code) => {
    const from = etr.has(code) ? code : HQ_PREDECESSORS[code];
    const row = from === undefined ? undefined : etr.get(from);
    if (!row || from === undefined) {
      throw new BuildError(
        `Trust ${code} is in the catchment file but not in the ODS etr file, and has no stand-in`,
      );
    }
    const postcode = row[ETR_POSTCODE]?.trim() ?? '';
    const point = grid.get(postcode);
    const easting = Number(point?.[1]);
    const northing = Number(point?.[2]);
    if (
      !point ||
      !Number.isFinite(easting) ||
      !Number.isFinite(northing) ||
      easting <= 0 ||
      northing <= 0
    ) {
      throw new BuildError(
        `Trust ${code}: HQ postcode "${postcode}" (etr row ${from}) has no grid reference in the NSPL extract`,
      );
    }
    // The etr name of a stand-in is the predecessor's, so only the trust's own is a fallback.
    const name =
      names2022.get(code) ?? (from === code ? titleCase(row[ETR_NAME] ?? '') : undefined);
    if (!name)
      throw new BuildError(`Trust ${code} has no name (no 2022 name and no etr row of its own)`);
    return {code, name, locationFrom: from, postcode, easting, northing};
  });
}
