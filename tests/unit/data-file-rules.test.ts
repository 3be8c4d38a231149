// The rules a data file must keep beyond its shape (no duplicates, nothing pointing at what is not
// listed), each checked by breaking it once: a broken file must be rejected with a message that says why.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {z} from '../../src/zod';
import {partTrustFlowsFileSchema, areaFlowsFileSchema} from '../../src/data/flow-schemas';
import {optionSchema} from '../../src/data/schemas';
import {geography} from './real-data';

const messages = (schema: z.ZodMiniType, value: unknown): string[] => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

const described = {measure: 'Admissions', unit: 'people', period: '2019', source: 'NHS Digital'};
const trust = (code: string) => ({
  code,
  name: `Trust ${code}`,
  areaCode: 'E54000020',
  partCode: 'E38000108',
  lon: -0.9,
  lat: 52.2,
});

describe('the STP flow file', () => {
  const flows: [string, string, number][] = [
    ['E54000020', 'E54000015', 10],
    ['E54000015', 'E54000020', 5],
  ];

  it('accepts distinct flows, A → B and B → A being different', () => {
    expect(messages(areaFlowsFileSchema(geography), {...described, flows})).toEqual([]);
  });

  it('rejects a flow listed twice, naming it', () => {
    expect(
      messages(areaFlowsFileSchema(geography), {
        ...described,
        flows: [...flows, ['E54000020', 'E54000015', 3]],
      }),
    ).toEqual(['flow E54000020 → E54000015 is listed twice']);
  });
});

describe('the CCG → trust flow file', () => {
  const valid = {
    ...described,
    trusts: [trust('RNS'), trust('RWE')],
    flows: [
      ['E38000108', 'RNS', 100],
      ['E38000108', 'RWE', 20],
      ['E38000119', 'RNS', 7],
    ],
    residents: [
      ['E38000108', 150],
      ['E38000119', 10],
    ],
  };

  it('accepts a consistent file', () => {
    expect(messages(partTrustFlowsFileSchema(geography, geography.parts!), valid)).toEqual([]);
  });

  it('rejects a trust listed twice', () => {
    expect(
      messages(partTrustFlowsFileSchema(geography, geography.parts!), {
        ...valid,
        trusts: [...valid.trusts, trust('RNS')],
      }),
    ).toEqual(['a trust is listed twice']);
  });

  it('rejects flows from a CCG without a resident count, to an unlisted trust, or listed twice', () => {
    expect(
      messages(partTrustFlowsFileSchema(geography, geography.parts!), {
        ...valid,
        residents: [['E38000108', 150]],
      }),
    ).toEqual(['CCG E38000119 has flows but no resident count']);
    expect(
      messages(partTrustFlowsFileSchema(geography, geography.parts!), {
        ...valid,
        trusts: [trust('RNS')],
      }),
    ).toEqual(['flow E38000108 → RWE: trust not listed']);
    expect(
      messages(partTrustFlowsFileSchema(geography, geography.parts!), {
        ...valid,
        trusts: [trust('RNS'), {...trust('RWE'), partCode: 'E38000999'}],
      }),
    ).toEqual(["trust RWE's HQ CCG E38000999 has no resident count"]);
    expect(
      messages(partTrustFlowsFileSchema(geography, geography.parts!), {
        ...valid,
        flows: [...valid.flows, ['E38000119', 'RNS', 1]],
      }),
    ).toEqual(['flow E38000119 → RNS is listed twice']);
  });
});

describe('an option in options.json', () => {
  const real = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8')).options[2];

  it('accepts the revised proposal as committed', () => {
    expect(messages(optionSchema(geography), real)).toEqual([]);
  });

  it('rejects a region listed twice', () => {
    expect(
      messages(optionSchema(geography), {...real, regions: [...real.regions, real.regions[0]]}),
    ).toEqual(['option "revised" lists a region twice']);
  });

  it('rejects an STP assigned to a region the option does not list', () => {
    const assignments = {...real.assignments, E54000020: 'atlantis'};
    expect(messages(optionSchema(geography), {...real, assignments})).toEqual([
      'option "revised" assigns E54000020 to unknown region "atlantis"',
    ]);
  });

  it('rejects a reason about an STP the option does not assign', () => {
    const assignments = {...real.assignments};
    delete assignments.E54000020;
    expect(messages(optionSchema(geography), {...real, assignments})).toEqual([
      'option "revised" gives a reason for E54000020, which it does not assign',
    ]);
  });

  it('rejects a region with no STPs', () => {
    const regions = [...real.regions, {...real.regions[0], id: 'empty', name: 'Empty'}];
    expect(messages(optionSchema(geography), {...real, regions})).toEqual([
      'option "revised": region "empty" has no STPs',
    ]);
  });
});

describe('the flow files, field by field', () => {
  const schema = () => partTrustFlowsFileSchema(geography, geography.parts!);
  const file = (trusts: unknown[]) => ({
    ...described,
    trusts,
    flows: [['E38000108', 'RNS', 1]],
    residents: [['E38000108', 150]],
  });

  it('names a trust code that is not R and two to four letters or digits', () => {
    const codes = (code: string) => messages(schema(), file([trust('RNS'), trust(code)]));
    for (const good of ['R0A', 'RWE1', 'RTH12']) expect(codes(good)).toEqual([]);
    for (const bad of ['R1', 'RABCDE', 'XRNS', 'RNS ', 'rns'])
      expect(codes(bad)).toEqual(['a trust code looks like RNS']);
  });

  it("places a trust up to a degree outside the geography's bounds, not more", () => {
    const [w, s] = geography.bounds;
    const at = (lon: number, lat: number) =>
      messages(schema(), file([{...trust('RNS'), lon, lat}])).length;
    expect(at(w - 0.5, s - 0.5)).toBe(0);
    expect(at(w - 1.5, 52)).toBe(1);
    expect(at(-1, s - 1.5)).toBe(1);
  });

  it('says what the flows measure, in which unit, over which period and from where', () => {
    for (const field of ['measure', 'unit', 'period', 'source']) {
      const without = {...file([trust('RNS')]), [field]: undefined};
      expect(messages(schema(), without)).toHaveLength(1);
      expect(
        messages(areaFlowsFileSchema(geography), {
          ...without,
          flows: [['E54000020', 'E54000015', 1]],
        }),
      ).toHaveLength(1);
    }
  });
});
