import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {flowSideChanges, flowSideSentence} from '../../src/domain/flow-changes';
import {optionCrossRegionTotal, areaFlowsFromTuples, type AreaFlow} from '../../src/domain/flows';
import {areaFlowsFileSchema} from '../../src/data/flow-schemas';
import type {BoundaryOption} from '../../src/domain/types';
import {NORTHAMPTONSHIRE, option, options, geography} from './real-data';

const [A, B, C, D] = ['E54000901', 'E54000902', 'E54000903', 'E54000904'];
const toy = (id: string, assignments: Record<string, string>): BoundaryOption => ({
  id,
  title: id,
  date: '2018-05',
  description: id,
  source: {document: 'toy', paragraphs: '1'},
  regions: [...new Set(Object.values(assignments))].map((r) => ({
    id: r,
    code: null,
    name: r,
    colour: '#000000',
  })),
  assignments,
});
const FLOWS: AreaFlow[] = areaFlowsFromTuples([
  [A, A, 60],
  [A, B, 20],
  [B, A, 10],
  [B, B, 50],
  [B, C, 40],
  [C, B, 10],
  [C, C, 90],
  [D, C, 5],
]);
/** west {A, B}, east {C, D}; then B moves east. */
const ONE = toy('one', {[A]: 'west', [B]: 'west', [C]: 'east', [D]: 'east'});
const TWO = toy('two', {[A]: 'west', [B]: 'east', [C]: 'east', [D]: 'east'});

describe('flows that change side between options', () => {
  it('on a toy geography: B moving east brings B↔C inside and sends A↔B across', () => {
    const c = flowSideChanges(ONE, TWO, FLOWS);
    expect(c.nowWithin.map((f) => [f.origin, f.destination, f.volume])).toEqual([
      [B, C, 40],
      [C, B, 10],
    ]);
    expect(c.nowCrossing.map((f) => [f.origin, f.destination, f.volume])).toEqual([
      [A, B, 20],
      [B, A, 10],
    ]);
    expect([c.withinVolume, c.crossingVolume, c.net]).toEqual([50, 30, -20]);
    // Self-flows and flows that keep their side are in neither list.
    expect(
      [...c.nowWithin, ...c.nowCrossing].some((f) => f.origin === f.destination || f.origin === D),
    ).toBe(false);
  });

  it('is symmetric: swapping the options swaps the lists and the sign', () => {
    const there = flowSideChanges(ONE, TWO, FLOWS);
    const back = flowSideChanges(TWO, ONE, FLOWS);
    expect(back.nowWithin).toEqual(there.nowCrossing);
    expect(back.nowCrossing).toEqual(there.nowWithin);
    expect(back.net).toBe(-there.net);
    expect(flowSideChanges(ONE, ONE, FLOWS)).toEqual({
      nowWithin: [],
      nowCrossing: [],
      withinVolume: 0,
      crossingVolume: 0,
      net: 0,
    });
  });

  it('on the real data: Initial → Revised brings Northamptonshire’s flows to Leicester and Warwickshire inside the Midlands', () => {
    const flows = areaFlowsFromTuples(
      areaFlowsFileSchema(geography).parse(
        JSON.parse(readFileSync('data/england-2018/flows-stp.json', 'utf8')),
      ).flows,
    );
    const c = flowSideChanges(option('initial'), option('revised'), flows);
    const within = new Map(c.nowWithin.map((f) => [`${f.origin}>${f.destination}`, f.volume]));
    expect(within.get(`${NORTHAMPTONSHIRE}>E54000015`)).toBe(22_598); // to Leicester, Leicestershire and Rutland
    expect(within.get(`${NORTHAMPTONSHIRE}>E54000018`)).toBe(16_139); // to Coventry and Warwickshire
    // Every flow that changes side touches Northamptonshire, the only STP that moves.
    expect(
      [...c.nowWithin, ...c.nowCrossing].every(
        (f) => f.origin === NORTHAMPTONSHIRE || f.destination === NORTHAMPTONSHIRE,
      ),
    ).toBe(true);
    // The two volumes net to the change in the whole-option number.
    const total = (id: string) => optionCrossRegionTotal(option(id), flows).total;
    expect(c.net).toBe(total('revised') - total('initial'));
    expect(c.net).toBe(-34_002);
    for (const a of options)
      for (const b of options)
        expect(flowSideChanges(a, b, flows).net).toBe(total(b.id) - total(a.id));
  });

  it('says it in one sentence, for changes both ways, one way only, and none', () => {
    expect(flowSideSentence(flowSideChanges(ONE, TWO, FLOWS), 'residents')).toBe(
      '50 residents in 2 flows now stay inside one region; 30 in 2 flows now cross a region boundary. ' +
        'Net change in residents attributed outside their own region: −20.',
    );
    // B splits off from the west on its own: A↔B starts to cross; B↔C crossed already.
    const split = toy('split', {[A]: 'west', [B]: 'middle', [C]: 'east', [D]: 'east'});
    expect(flowSideSentence(flowSideChanges(ONE, split, FLOWS), 'admissions')).toBe(
      'No flow comes inside one region; 30 admissions in 2 flows now cross a region boundary. ' +
        'Net change in admissions attributed outside their own region: +30.',
    );
    expect(flowSideSentence(flowSideChanges(split, ONE, FLOWS), 'people')).toBe(
      '30 people in 2 flows now stay inside one region; no flow starts to cross a region boundary. ' +
        'Net change in people attributed outside their own region: −30.',
    );
    expect(flowSideSentence(flowSideChanges(ONE, TWO, FLOWS), 'residents', false)).toBe(
      '50 residents in 2 flows now stay inside one region; 30 in 2 flows now cross a region boundary.',
    );
    expect(flowSideSentence(flowSideChanges(ONE, ONE, FLOWS), 'people')).toBe(
      'No flow changes between crossing a region boundary and staying inside one.',
    );
  });
});
