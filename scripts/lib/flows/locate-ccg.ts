// Places each trust's HQ in a CCG (April 2018), the way locate.ts places it in an STP: a
// mapshaper point-in-polygon join, here of the WGS84 point against the CCG shapes (which are
// WGS84). A trust's region under an option that moves single CCGs follows this CCG.
import mapshaper from 'mapshaper';
import type {Part as Ccg} from '../../../src/domain/types';
import {normaliseCcgName} from '../ccgs';
import {BuildError} from '../raw';
import type {LocatedTrust, PlacedTrust} from './types';

/** Trusts whose HQ point lies in a CCG of another STP than the one the STP layer (and the
 * published aggregates) place it in, and the CCG of their own STP they count in instead. Only
 * Moorfields Eye Hospital (RP6, 162 City Road, EC1V 2PD): 24 m inside Islington CCG (North
 * Central London) on the CCG layer, in North East London on the 500 m-generalised STP layer;
 * City and Hackney CCG, 24 m away, is North East London's. Keeping the STP placement keeps every
 * STP-level flow figure as it is. */
export const HQ_CCG_IN_OWN_STP: Readonly<Record<string, string>> = {RP6: 'E38000035'};

interface JoinedPoint {
  code: string;
  name?: string | null;
  nCcg?: number | null;
}

/**
 * The trusts with `partCode`, the CCG (ONS code, E38…) their HQ lies in. `ccgShapes`: the raw
 * CCG GeoJSON (WGS84, names only, matched to `ccgs` by name). Throws BuildError naming the trust
 * whose HQ falls in no CCG or in two, or whose CCG is not in the trust's STP (and not listed in
 * HQ_CCG_IN_OWN_STP), or a listed stand-in that is no longer needed or is itself wrong.
 */
export async function placeTrustsInCcgs(
  ccgShapes: string,
  trusts: readonly LocatedTrust[],
  ccgs: readonly Ccg[],
): Promise<PlacedTrust[]> {
  const joined = await joinHqsToCcgs(ccgShapes, trusts);
  const byName = new Map(ccgs.map((c) => [normaliseCcgName(c.name), c]));
  const byCcgCode = new Map(ccgs.map((c) => [c.code, c]));
  return trusts.map((t) => {
    const p = joined.get(t.code);
    const ccg = p?.name ? byName.get(normaliseCcgName(p.name)) : undefined;
    if (!ccg || p?.nCcg !== 1) {
      throw new BuildError(
        `Trust ${t.code}: HQ (${t.lon.toFixed(5)}, ${t.lat.toFixed(5)}) falls in ${p?.nCcg ?? 0} CCG boundaries, not exactly one`,
      );
    }
    return {...t, partCode: ccgInOwnStp(t, ccg, byCcgCode)};
  });
}

/** The HQ's CCG if it is in the trust's STP, else the listed stand-in; checked either way. */
function ccgInOwnStp(trust: LocatedTrust, found: Ccg, byCode: ReadonlyMap<string, Ccg>): string {
  const standIn = HQ_CCG_IN_OWN_STP[trust.code];
  if (found.areaCode === trust.areaCode) {
    if (standIn)
      throw new BuildError(
        `Trust ${trust.code}: HQ is in ${found.code}, in its own STP; its stand-in CCG ${standIn} is no longer needed`,
      );
    return found.code;
  }
  if (!standIn) {
    throw new BuildError(
      `Trust ${trust.code}: HQ is in CCG ${found.code} (STP ${found.areaCode}), but the trust is placed in STP ${trust.areaCode}`,
    );
  }
  if (byCode.get(standIn)?.areaCode !== trust.areaCode) {
    throw new BuildError(
      `Trust ${trust.code}: its stand-in CCG ${standIn} is not in the trust's STP ${trust.areaCode}`,
    );
  }
  return standIn;
}

async function joinHqsToCcgs(
  ccgShapes: string,
  trusts: readonly LocatedTrust[],
): Promise<Map<string, JoinedPoint>> {
  const points = {
    type: 'FeatureCollection',
    features: trusts.map((t) => ({
      type: 'Feature',
      properties: {code: t.code},
      geometry: {type: 'Point', coordinates: [t.lon, t.lat]},
    })),
  };
  let out: Record<string, Buffer | string>;
  try {
    out = await mapshaper.applyCommands(
      // count() catches a point on two overlapping CCGs, which a plain join would hide.
      `-i ${JSON.stringify(ccgShapes)} name=ccgs -i hq.json name=hq -join ccgs fields=name calc='nCcg = count()' -o format=json hq-ccg.json`,
      {'hq.json': points},
    );
  } catch (err) {
    throw new BuildError(`mapshaper failed to place trust HQs in CCGs: ${(err as Error).message}`);
  }
  const text = out['hq-ccg.json'];
  if (!text) throw new BuildError('mapshaper wrote no trust HQ points for the CCGs');
  const rows = JSON.parse(text.toString()) as JoinedPoint[];
  return new Map(rows.map((p) => [p.code, p]));
}
