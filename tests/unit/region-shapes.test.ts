import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {regionLabelPoints, regionOutlines} from '../../src/domain/region-shapes';
import {formatCompact, formatCount, formatPercent, formatSigned} from '../../src/domain/format';
import type {BoundaryOption, Area} from '../../src/domain/types';
import {feature} from 'topojson-client';

const topology = JSON.parse(readFileSync('data/england-2018/stps.topo.json', 'utf8'));
const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as BoundaryOption[];
const areas = (
  feature(topology, topology.objects.areas) as unknown as {features: {properties: Area}[]}
).features.map((f) => f.properties);
const byId = (id: string) => options.find((o) => o.id === id)!;

describe('region outlines from the topology', () => {
  it('draws more internal boundary for seven regions than for five', () => {
    const length = (id: string) => regionOutlines(topology, byId(id)).coordinates.flat().length;
    expect(length('initial')).toBeGreaterThan(length('before'));
    // Moving Northamptonshire changes which arcs are region boundaries, not just colours.
    expect(JSON.stringify(regionOutlines(topology, byId('initial')))).not.toBe(
      JSON.stringify(regionOutlines(topology, byId('revised'))),
    );
  });

  it('puts every region label inside one of its own STPs', () => {
    for (const option of options) {
      const points = regionLabelPoints(areas, option);
      expect(points.size).toBe(option.regions.length);
      for (const [region, point] of points) {
        const owner = areas.find((s) => s.anchor === point)!;
        expect(option.assignments[owner.code]).toBe(region);
      }
    }
  });
});

describe('formatting numbers for people', () => {
  it('formats counts, compact numbers, percentages and signed changes', () => {
    expect(formatCount(10537679)).toBe('10,537,679');
    expect(formatCompact(1234567)).toBe('1.2 m');
    expect(formatCompact(730650)).toBe('731 k');
    expect(formatCompact(999)).toBe('999');
    expect(formatPercent(0.0753)).toBe('7.5%');
    expect(formatSigned(730650)).toBe('+730,650');
    expect(formatSigned(-2)).toBe('−2');
    expect(formatSigned(0)).toBe('0');
  });
});
