// npm run bench's England 2026 Leaflet peer: its units must be the app's 108, each coloured as
// the app colours it (scripts/lib/bench-peer-2026.ts), read from the raw GeoJSON here.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {unitCodes} from '../../scripts/lib/bench-peer-2026';
import {RAW_2026} from '../../scripts/lib/england-2026/raw';

const raw = path.resolve(
  process.env.FOOTPRINT_RAW_DIR ?? '../shared/data/raw',
  RAW_2026.folder,
  RAW_2026.unitShapes,
);

describe.runIf(existsSync(raw))('the 2026 peer’s unit codes', () => {
  it('name the 108 units the app draws, the split 2023 sub-ICBs piece by piece', () => {
    const {features} = JSON.parse(readFileSync(raw, 'utf8'));
    const codes = unitCodes(features);
    const options = JSON.parse(readFileSync('data/england-2026/options.json', 'utf8'));
    const app = Object.keys(options.options[0].assignments).sort();
    expect([...codes.values()].sort()).toEqual(app);
    expect(codes.size).toBe(108);
    // Frimley (E38000252) became three pieces in 2026; Surrey Heath's 2023 code stays whole.
    expect(codes.get('E38000252_E38000266')).toBe('E38000252-E38000266');
  });
});
