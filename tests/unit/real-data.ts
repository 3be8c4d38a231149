// The committed data files, read from disk for unit tests on the real geography.
import {readFileSync} from 'node:fs';
import {feature} from 'topojson-client';
import type {FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {BoundaryOption, Ccg, District, Stp} from '../../src/domain/types';

const json = (file: string) => JSON.parse(readFileSync(`data/${file}`, 'utf8'));

export const stpTopology = json('stps.topo.json');
export const stpShapes = feature(stpTopology, stpTopology.objects.stps) as unknown as FeatureCollection<Polygon | MultiPolygon, Stp>;
export const stps: Stp[] = stpShapes.features.map((f) => f.properties);
export const options: BoundaryOption[] = json('options.json').options;
export const ccgs: Ccg[] = json('ccgs.topo.json').objects.ccgs.geometries.map((g: {properties: Ccg}) => g.properties);
export const districts: District[] = json('districts.json').districts;
export const option = (id: string): BoundaryOption => options.find((o) => o.id === id)!;
export const NORTHAMPTONSHIRE = 'E54000020';
