// Places each trust HQ in an STP and gives it a WGS84 point, with mapshaper. The join is done
// on the British National Grid, where the NSPL grid references and the ONS shapefile agree
// exactly; only then are the points projected, naming EPSG:27700 so the OSGB36 → WGS84 datum
// shift is applied (see geometry.ts).
import mapshaper from 'mapshaper';
import {BuildError} from '../raw';
import type {TrustHq} from './trusts';
import type {LocatedTrust} from './types';

interface JoinedPoint {
  code: string;
  stp18cd?: string | null;
  nStp?: number | null;
  lon: number;
  lat: number;
}

export async function locateTrusts(stpShapefile: string, hqs: TrustHq[]): Promise<LocatedTrust[]> {
  const points = {
    type: 'FeatureCollection',
    features: hqs.map((t) => ({
      type: 'Feature',
      properties: {code: t.code},
      geometry: {type: 'Point', coordinates: [t.easting, t.northing]},
    })),
  };
  let out: Record<string, Buffer | string>;
  try {
    out = await mapshaper.applyCommands(
      `-i ${JSON.stringify(stpShapefile)} name=stps -i hq.json name=hq ` +
        // count() catches a point on two overlapping STPs, which a plain join would hide.
        `-join stps fields=stp18cd calc='nStp = count()' ` +
        `-proj wgs84 init=EPSG:27700 -each 'lon = this.x, lat = this.y' -o format=json hq-out.json`,
      {'hq.json': points},
    );
  } catch (err) {
    throw new BuildError(`mapshaper failed to place trust HQs: ${(err as Error).message}`);
  }
  const text = out['hq-out.json'];
  if (!text) throw new BuildError('mapshaper wrote no trust HQ points');
  const joined = JSON.parse(text.toString()) as JoinedPoint[];
  const byCode = new Map(joined.map((p) => [p.code, p]));
  return hqs.map((t) => {
    const p = byCode.get(t.code);
    if (!p?.stp18cd || p.nStp !== 1) {
      throw new BuildError(
        `Trust ${t.code}: HQ ${t.postcode} (${t.easting}, ${t.northing}) falls in ${p?.nStp ?? 0} STP boundaries, not exactly one`,
      );
    }
    return {code: t.code, name: t.name, areaCode: p.stp18cd, lon: p.lon, lat: p.lat};
  });
}
