// Joins the STP shapes to their CCGs and populations, and checks that every code agrees.
import type {Topology, GeometryObject} from 'topojson-specification';
import type {Part as Ccg, Area as Stp} from '../../src/domain/types';
import type {RawFolder} from './raw';
import {BuildError, toInt} from './raw';
import {PAPER_NAMES, SHORT_NAMES} from './stp-names';

type Props = {stp18cd: string; stp18nm: string; areaKm2: number; ax: number; ay: number};

const round = (n: number, dp: number) => Math.round(n * 10 ** dp) / 10 ** dp;

export function attachStpProperties(topology: Topology, ccgs: Ccg[]): Stp[] {
  const object = topology.objects.areas as {geometries: GeometryObject<Props>[]} | undefined;
  if (!object) throw new BuildError('STP shapefile produced no "areas" layer');
  const stps: Stp[] = [];
  const seen = new Set<string>();
  for (const geometry of object.geometries) {
    const p = geometry.properties as Props;
    if (seen.has(p.stp18cd))
      throw new BuildError(`STP ${p.stp18cd} appears twice in the shapefile`);
    seen.add(p.stp18cd);
    const own = ccgs.filter((c) => c.areaCode === p.stp18cd);
    if (own.length === 0) throw new BuildError(`STP ${p.stp18cd} (${p.stp18nm}) has no CCGs`);
    const name = PAPER_NAMES[p.stp18cd] ?? p.stp18nm;
    const stp: Stp = {
      code: p.stp18cd,
      onsName: p.stp18nm,
      name,
      shortName: SHORT_NAMES[p.stp18cd] ?? name,
      population: own.reduce((sum, c) => sum + c.population, 0),
      partCount: own.length,
      areaKm2: round(p.areaKm2, 1),
      anchor: [round(p.ax, 4), round(p.ay, 4)],
    };
    geometry.id = stp.code;
    (geometry as GeometryObject<Stp>).properties = stp;
    stps.push(stp);
  }
  const orphan = ccgs.find((c) => !seen.has(c.areaCode));
  if (orphan)
    throw new BuildError(
      `CCG ${orphan.code} belongs to STP ${orphan.areaCode}, which has no boundary`,
    );
  return stps;
}

/** The summed populations must match the published STP totals and add up to England's. */
export function crossCheckPopulations(raw: RawFolder, stps: Stp[]): void {
  const published = raw.csv('stpPopulationCrossCheck', [
    'stp18cd',
    'n_ccg18',
    'pop_mid2018_all_ages',
  ]);
  for (const row of published) {
    const stp = stps.find((s) => s.code === row.stp18cd);
    if (!stp) throw new BuildError(`STP ${row.stp18cd} has a published population but no boundary`);
    const expected = toInt(row.pop_mid2018_all_ages, row.stp18cd!);
    if (stp.population !== expected || stp.partCount !== toInt(row.n_ccg18, row.stp18cd!)) {
      throw new BuildError(
        `STP ${stp.code}: population ${stp.population} / ${stp.partCount} CCGs does not match the published ${expected} / ${row.n_ccg18}`,
      );
    }
  }
  if (published.length !== stps.length) {
    throw new BuildError(
      `${stps.length} STP boundaries but ${published.length} published STP populations`,
    );
  }
}
