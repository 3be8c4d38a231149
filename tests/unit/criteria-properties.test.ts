// Properties of the coterminosity and balance criteria on random districts and random options
// over the five toy STPs (fast-check).
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {districtSplits} from '../../src/domain/criteria/coterminosity';
import {optionCriteria} from '../../src/domain/criteria/score';
import type {DistrictResidents} from '../../src/domain/criteria/types';
import type {BoundaryOption} from '../../src/domain/types';
import {TOY_A, TOY_AREAS} from './toy-geography';
import {TOY_FLOWS} from './criteria-fixtures';

const REGIONS = ['r0', 'r1', 'r2', 'r3'];
const codes = TOY_AREAS.map((s) => s.code);

/** An option putting each toy STP in one of up to four regions (every STP assigned). */
const anOption = fc
  .array(fc.integer({min: 0, max: REGIONS.length - 1}), {
    minLength: codes.length,
    maxLength: codes.length,
  })
  .map((picks): BoundaryOption => ({
    ...TOY_A,
    regions: REGIONS.map((id) => ({id, code: null, name: id.toUpperCase(), colour: '#000000'})),
    assignments: Object.fromEntries(codes.map((c, i) => [c, REGIONS[picks[i]!]!])),
  }));

/** Districts with one to five parts in distinct toy STPs, 0–100,000 residents each. */
const someDistricts = fc
  .array(
    fc.uniqueArray(
      fc.record({
        areaCode: fc.constantFrom(...codes),
        residents: fc.integer({min: 0, max: 100_000}),
      }),
      {minLength: 1, maxLength: 5, selector: (p) => p.areaCode},
    ),
    {maxLength: 12},
  )
  .map((parts): DistrictResidents[] =>
    parts.map((p, i) => ({code: `E07${String(i).padStart(6, '0')}`, name: `D${i}`, parts: p})),
  );

const residentsOf = (d: DistrictResidents) => d.parts.reduce((s, p) => s + p.residents, 0);

describe('criteria properties', () => {
  it("a split's regions add up to the district, largest first, and the minority is everything else", () => {
    fc.assert(
      fc.property(anOption, someDistricts, (option, districts) => {
        for (const split of districtSplits(option, districts)) {
          const district = districts.find((d) => d.code === split.code)!;
          const total = split.regions.reduce((s, r) => s + r.residents, 0);
          expect(total).toBe(residentsOf(district));
          expect(split.minorityResidents).toBe(total - split.regions[0]!.residents);
          for (let i = 1; i < split.regions.length; i++)
            expect(split.regions[i - 1]!.residents).toBeGreaterThanOrEqual(
              split.regions[i]!.residents,
            );
          // The minority is at most (k − 1)/k of the district: half for a two-way split.
          const k = split.regions.length;
          expect(split.minorityResidents * k).toBeLessThanOrEqual(total * (k - 1));
          if (k === 2) expect(split.minorityResidents).toBeLessThanOrEqual(total / 2);
        }
      }),
    );
  });

  it('a district is split exactly when its peopled parts fall in two or more regions', () => {
    fc.assert(
      fc.property(anOption, someDistricts, (option, districts) => {
        const split = new Set(districtSplits(option, districts).map((s) => s.code));
        for (const d of districts) {
          const regions = new Set(
            d.parts.filter((p) => p.residents > 0).map((p) => option.assignments[p.areaCode]),
          );
          expect(split.has(d.code)).toBe(regions.size >= 2);
        }
      }),
    );
  });

  it('each split is shared by exactly the regions it touches; totals and populations add up', () => {
    fc.assert(
      fc.property(anOption, someDistricts, (option, districts) => {
        const c = optionCriteria(option, {units: TOY_AREAS, flows: TOY_FLOWS, districts});
        expect(c.minorityResidents).toBe(
          c.splitDistricts.reduce((s, d) => s + d.minorityResidents, 0),
        );
        for (const split of c.splitDistricts) {
          const sharing = c.regions
            .filter((r) => r.sharedDistricts.some((d) => d.code === split.code))
            .map((r) => r.regionId);
          expect(sharing.sort()).toEqual(split.regions.map((r) => r.regionId).sort());
        }
        expect(c.regions.reduce((s, r) => s + r.population, 0)).toBe(
          TOY_AREAS.reduce((s, u) => s + u.population, 0),
        );
        expect(c.regions.reduce((s, r) => s + r.ofEqualShare, 0)).toBeCloseTo(c.regions.length, 9);
        expect(c.regions.reduce((s, r) => s + r.areas, 0)).toBe(TOY_AREAS.length);
        expect(c.fewestAreas).toBeLessThanOrEqual(c.mostAreas);
        if (c.populationRatio !== null) expect(c.populationRatio).toBeGreaterThanOrEqual(1);
        expect(c.outsideRegion).toBe(c.regions.reduce((s, r) => s + r.outsideRegion!, 0));
      }),
    );
  });
});
