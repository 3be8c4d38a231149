// The part layer (the 2018 geography's parts) and the district lookup are needed only when
// someone selects an area, turns on the part layer, searches or opens the criteria scorecard
// (districts' residents per area, for coterminosity), so they are fetched on first use (and
// once per file), not at start-up.
import {feature} from 'topojson-client';
import type {FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {Topology} from 'topojson-specification';
import type {District, MappedPart} from '../domain/types';
import type {FootprintData} from './assemble';
import {DataError} from './assemble';
import {fetchValidated} from './load';
import {authoritiesFileSchema, districtsFileSchema, partTopologySchema, trustsFileSchema, type AuthoritiesFile, type TrustsFile} from './schemas';

export interface PartData {
  parts: MappedPart[];
  shapes: FeatureCollection<Polygon | MultiPolygon, MappedPart>;
  /** The file itself (object `parts`), kept for the lines between parts (region outlines that
   * follow a split area's parts). */
  topology: Topology;
}

/** What a loader needs of the page's data: the manifest and where its files are. */
export type GeographyFiles = Pick<FootprintData, 'geography' | 'fileUrl'>;

const cache = new Map<string, Promise<unknown>>();

/** `load()` once per URL; a failure is dropped from the cache, so "try again" can work. */
export function once<T>(url: string, load: () => Promise<T>): Promise<T> {
  let p = cache.get(url) as Promise<T> | undefined;
  if (!p) {
    cache.set(url, (p = load()));
    p.catch(() => cache.delete(url));
  }
  return p;
}

/** A rejected promise naming what the geography lacks (its manifest lists no such file). */
export function notInGeography(g: GeographyFiles['geography'], what: string): Promise<never> {
  return Promise.reject(new DataError('manifest.json', `${g.title} has no ${what}.`));
}

/** The geography's parts with their shapes. Rejects with a DataError when the file fails or
 * the geography has none. */
export function loadParts({geography: g, fileUrl}: GeographyFiles, fetcher: typeof fetch = fetch): Promise<PartData> {
  const name = g.files.parts;
  if (!name || !g.parts) return notInGeography(g, 'finer units');
  const parts = g.parts;
  return once(fileUrl(name), () =>
    fetchValidated(name, fileUrl(name), partTopologySchema(g, parts), fetcher).then((topology) => {
      const shapes = feature(topology as never, topology.objects.parts as never) as unknown as PartData['shapes'];
      return {parts: shapes.features.map((f) => f.properties), shapes, topology: topology as unknown as Topology};
    }),
  );
}

/** The geography's districts with their residents per area (share of LSOAs, residents).
 * Rejects as loadParts. */
export function loadDistricts({geography: g, fileUrl}: GeographyFiles, fetcher: typeof fetch = fetch): Promise<District[]> {
  const name = g.files.districts;
  if (!name || !g.districts) return notInGeography(g, 'districts');
  const districts = g.districts;
  return once(fileUrl(name), () => fetchValidated(name, fileUrl(name), districtsFileSchema(g, districts), fetcher).then((file) => file.districts));
}

/** The geography's combined authorities with their residents per area (files.combinedAuthorities).
 * Rejects as loadDistricts. */
export function loadAuthorities({geography: g, fileUrl}: GeographyFiles, fetcher: typeof fetch = fetch): Promise<AuthoritiesFile['combinedAuthorities']> {
  const name = g.files.combinedAuthorities;
  if (!name) return notInGeography(g, 'combined authorities');
  return once(fileUrl(name), () => fetchValidated(name, fileUrl(name), authoritiesFileSchema(g), fetcher).then((file) => file.combinedAuthorities));
}

/** The geography's acute trusts at their headquarters' area (files.trusts). Rejects as loadDistricts. */
export function loadTrusts({geography: g, fileUrl}: GeographyFiles, fetcher: typeof fetch = fetch): Promise<TrustsFile['trusts']> {
  const name = g.files.trusts;
  if (!name) return notInGeography(g, 'trusts');
  return once(fileUrl(name), () => fetchValidated(name, fileUrl(name), trustsFileSchema(g), fetcher).then((file) => file.trusts));
}
