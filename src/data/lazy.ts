// The CCG layer and the district lookup are needed only when someone selects an STP, turns
// on the CCG layer, searches or opens the criteria scorecard (districts' residents per STP, for
// coterminosity), so they are fetched on first use (and once), not at start-up.
import {feature} from 'topojson-client';
import type {FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {District, MappedCcg} from '../domain/types';
import {fetchValidated} from './load';
import {ccgTopologySchema, districtsFileSchema} from './schemas';

export interface CcgData {
  ccgs: MappedCcg[];
  shapes: FeatureCollection<Polygon | MultiPolygon, MappedCcg>;
}

let ccgs: Promise<CcgData> | null = null;
let districts: Promise<District[]> | null = null;

/** Retries after a failure (the promise is dropped), so "try again" can work. */
export function loadCcgs(fetcher: typeof fetch = fetch): Promise<CcgData> {
  ccgs ??= fetchValidated('ccgs.topo.json', ccgTopologySchema, fetcher).then((topology) => {
    const shapes = feature(topology as never, topology.objects.ccgs as never) as unknown as CcgData['shapes'];
    return {ccgs: shapes.features.map((f) => f.properties), shapes};
  });
  ccgs.catch(() => (ccgs = null));
  return ccgs;
}

/** data/districts.json, validated: every district (April 2018) with its parts per STP (share of
 * its LSOAs, mid-2019 residents). Retries after a failure, as loadCcgs. */
export function loadDistricts(fetcher: typeof fetch = fetch): Promise<District[]> {
  districts ??= fetchValidated('districts.json', districtsFileSchema, fetcher).then((file) => file.districts);
  districts.catch(() => (districts = null));
  return districts;
}
