// Flows between places (src/domain/parts/placed-flows.ts): a part moved apart is a place of its
// own, so the flow list, arrows and charts work part by part. Toy geography, worked by hand.
import {describe, expect, it} from 'vitest';
import {flowsToDraw} from '../../src/domain/flow-dataset';
import {regionDestinations, selectionFlows} from '../../src/domain/flow-selection';
import {partFlowsOf} from '../../src/domain/parts/part-flows';
import {
  partsApart,
  placedFlowsOf,
  placeFlows,
  placeNamer,
} from '../../src/domain/parts/placed-flows';
import {TOY_FLOWS} from './criteria-fixtures';
import {TOY_A} from './toy-geography';
import {TOY_A_MID_THREE_EAST, TOY_FINER, TOY_PARTS, TOY_TRUSTS} from './parts-fixtures';

const [W, M, E, N] = ['E54000901', 'E54000902', 'E54000903', 'E54000904'];
const MID_THREE = 'E38000923';
const FLOWS = partFlowsOf(TOY_FLOWS, TOY_FINER, TOY_TRUSTS, TOY_PARTS);
const ALL = {minVolume: 0, crossRegionOnly: true, topN: Infinity, direction: 'both' as const};
const pairs = (flows: {origin: string; destination: string; volume: number}[]) =>
  flows.map((f) => `${f.origin}>${f.destination} ${f.volume}`);

describe('flows between places', () => {
  it('makes a part moved apart a place of its own, placed in its own region', () => {
    const placed = placedFlowsOf(TOY_A_MID_THREE_EAST, FLOWS, TOY_PARTS);
    expect([...placed.apart]).toEqual([[MID_THREE, M]]);
    expect(placed.option.assignments[MID_THREE]).toBe('east');
    expect(placed.option.assignments[M]).toBe('west');
    // Mid Two's residents treated at a trust in Mid Three, and Mid Three's at East's trust.
    expect(pairs(placed.flows)).toContain(`${M}>${MID_THREE} 300`);
    expect(pairs(placed.flows)).toContain(`${MID_THREE}>${E} 200`);
    expect(placed.areaPlaces(M)).toEqual([M, MID_THREE]);
  });

  it('draws the flows that cross the moved part’s boundary, not the area’s (region East selected)', () => {
    const selection = {area: null, region: 'east'};
    expect(pairs(flowsToDraw(TOY_FLOWS, ALL, TOY_A, selection))).toEqual([
      `${N}>${W} 300`,
      `${M}>${E} 200`,
    ]);
    const placed = placedFlowsOf(TOY_A_MID_THREE_EAST, FLOWS, TOY_PARTS);
    expect(
      pairs(flowsToDraw(placed.flows, ALL, placed.option, selection, placed.areaPlaces)),
    ).toEqual([`${M}>${MID_THREE} 300`, `${N}>${W} 300`]);
  });

  it('gives a selected split area its parts apart too', () => {
    const placed = placedFlowsOf(TOY_A_MID_THREE_EAST, FLOWS, TOY_PARTS);
    const drawn = flowsToDraw(
      placed.flows,
      ALL,
      placed.option,
      {area: M, region: null},
      placed.areaPlaces,
    );
    // Mid Three → East no longer crosses; Mid Two → Mid Three now does.
    expect(pairs(drawn)).toEqual([`${M}>${MID_THREE} 300`]);
    const out = selectionFlows(placed.flows, {own: placed.areaPlaces(M), side: 'destinations'});
    expect(out.total).toBe(1000);
  });

  it("counts the moved part's residents in its own region's destination chart", () => {
    const placed = placedFlowsOf(TOY_A_MID_THREE_EAST, FLOWS, TOY_PARTS);
    const west = regionDestinations(placed.flows, placed.option, 'west');
    expect(west.parts.map((p) => [p.kind, p.areas, p.volume])).toEqual([
      ['own', [W, M], 1500],
      ['area', [MID_THREE], 300],
    ]);
  });

  it('is the area flows exactly when no part is apart (empty or redundant part assignments)', () => {
    const redundant = {...TOY_A, partAssignments: {[MID_THREE]: 'west'}};
    expect(partsApart(redundant, TOY_PARTS).size).toBe(0);
    const placed = placedFlowsOf(redundant, FLOWS, TOY_PARTS);
    expect(placed.option).toBe(redundant);
    expect(pairs(placed.flows).sort()).toEqual(pairs(TOY_FLOWS).sort());
    expect(placeFlows([], new Map())).toEqual([]);
  });

  it("names a part apart by its own name, an area by the area's", () => {
    const name = placeNamer((code) => `area ${code}`, [{code: MID_THREE, name: 'Mid Three CCG'}]);
    expect([name(MID_THREE), name(M)]).toEqual(['Mid Three CCG', `area ${M}`]);
  });
});
