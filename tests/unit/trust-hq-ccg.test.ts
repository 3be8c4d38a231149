// Each trust's HQ CCG (issue 19: a trust's region follows its HQ's CCG when an option moves
// single CCGs): found with mapshaper as its STP is, and always a CCG of the trust's STP. Every
// failure is triggered once and must name the trust.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {placeTrustsInCcgs} from '../../scripts/lib/flows/locate-ccg';
import type {LocatedTrust} from '../../scripts/lib/flows/types';
import type {Part as Ccg} from '../../src/domain/types';

const ccg = (
  code: string,
  areaCode: string,
  population: number,
  name = `NHS ${code} CCG`,
): Ccg => ({code, odsCode: '00X', name, areaCode, population});

/** Squares in WGS84 (lon, lat of the south-west corner, side in degrees), as the CCG file is. */
function squaresGeoJson(squares: {name: string; lon: number; lat: number; size: number}[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'footprint-ccg-'));
  const file = path.join(dir, 'ccgs.json');
  const features = squares.map(({name, lon, lat, size}) => ({
    type: 'Feature',
    properties: {name},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon, lat],
          [lon, lat + size],
          [lon + size, lat + size],
          [lon + size, lat],
          [lon, lat],
        ],
      ],
    },
  }));
  writeFileSync(file, JSON.stringify({type: 'FeatureCollection', features}));
  return file;
}

describe('placing trust HQs in CCGs', () => {
  const ccgs = [
    ccg('E38000901', 'E54000901', 1),
    ccg('E38000902', 'E54000902', 1),
    ccg('E38000035', 'E54000029', 1),
  ];
  const shapes = squaresGeoJson([
    {name: 'NHS E38000901 CCG', lon: -2.5, lat: 53, size: 0.5},
    {name: 'NHS E38000902 CCG', lon: -2, lat: 53, size: 0.5},
    {name: 'NHS E38000035 CCG', lon: 0, lat: 51, size: 0.5},
  ]);
  const trust = (code: string, areaCode: string, lon: number, lat: number): LocatedTrust => ({
    code,
    name: code,
    areaCode,
    lon,
    lat,
  });

  it('gives each trust the CCG its HQ lies in', async () => {
    const placed = await placeTrustsInCcgs(
      shapes,
      [trust('RAA', 'E54000901', -2.2, 53.2), trust('RBB', 'E54000902', -1.8, 53.1)],
      ccgs,
    );
    expect(placed.map((t) => [t.code, t.partCode])).toEqual([
      ['RAA', 'E38000901'],
      ['RBB', 'E38000902'],
    ]);
  });

  it('fails naming a trust whose HQ is in no CCG, or in a CCG of another STP', async () => {
    await expect(
      placeTrustsInCcgs(shapes, [trust('RAA', 'E54000901', -3, 53.2)], ccgs),
    ).rejects.toThrow(
      'Trust RAA: HQ (-3.00000, 53.20000) falls in 0 CCG boundaries, not exactly one',
    );
    await expect(
      placeTrustsInCcgs(shapes, [trust('RAA', 'E54000902', -2.2, 53.2)], ccgs),
    ).rejects.toThrow(
      'Trust RAA: HQ is in CCG E38000901 (STP E54000901), but the trust is placed in STP E54000902',
    );
  });

  it('gives Moorfields (RP6) its stand-in CCG of its own STP, and fails once the stand-in is not needed', async () => {
    const [moorfields] = await placeTrustsInCcgs(
      shapes,
      [trust('RP6', 'E54000029', -2.2, 53.2)],
      [...ccgs, ccg('E38000088', 'E54000028', 1)],
    );
    expect(moorfields!.partCode).toBe('E38000035');
    await expect(
      placeTrustsInCcgs(shapes, [trust('RP6', 'E54000029', 0.2, 51.2)], ccgs),
    ).rejects.toThrow(
      'Trust RP6: HQ is in E38000035, in its own STP; its stand-in CCG E38000035 is no longer needed',
    );
    await expect(
      placeTrustsInCcgs(shapes, [trust('RP6', 'E54000901', -1.8, 53.1)], ccgs),
    ).rejects.toThrow("Trust RP6: its stand-in CCG E38000035 is not in the trust's STP E54000901");
  });
});
