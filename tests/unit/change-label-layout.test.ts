// "…: moves" labels never overlap one another or a region name (issue 19): an option that moves
// a whole STP and, next to it, a single CCG of another STP (Revised with Derbyshire in the North
// West and Tameside and Glossop CCG in the Midlands) labels both, at the map widths people use.
// Boxes are the layouts' own estimates; tests/e2e/change-labels.e2e.ts checks what is drawn.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {compareOptions} from '../../src/domain/compare';
import {changedUnits} from '../../src/domain/parts/changed-units';
import {regionLabelSites} from '../../src/domain/region-shapes';
import type {BoundaryOption, MappedPart} from '../../src/domain/types';
import {
  changeLabelBox,
  placeChangeLabels,
  type ChangeLabelInput,
} from '../../src/map/change-label-layout';
import {boxesOverlap, labelBox, placeLabels, regionLabelInputs} from '../../src/map/label-layout';
import {CHANGE_LABEL} from '../../src/map/draw-spec';
import {fitProjection} from '../../src/map/svg/static-map';
import {areas, geography, option, parts as mapped} from './real-data';
import {PARTS, PARTS_CONTEXT, TAMESIDE} from './builder-part-fixtures';

const DERBYSHIRE = 'E54000012';
const revised = option('revised');
const both: BoundaryOption = {
  ...revised,
  id: 'my-option-1',
  assignments: {...revised.assignments, [DERBYSHIRE]: 'north-west'},
  partAssignments: {[TAMESIDE]: 'midlands'},
};
const anchors = new Map((mapped as MappedPart[]).map((p) => [p.code, p.anchor]));
const changes = changedUnits(
  compareOptions(revised, both, areas, undefined, {list: PARTS, name: PARTS_CONTEXT.name}),
  (code) => anchors.get(code),
);

/** Every pair of boxes that overlap, named. */
function collisions(boxes: {id: string; box: ReturnType<typeof labelBox>}[]): string[] {
  return boxes.flatMap((a, i) =>
    boxes.slice(i + 1).flatMap((b) => (boxesOverlap(a.box, b.box) ? [`${a.id} × ${b.id}`] : [])),
  );
}

describe('Revised with Derbyshire moved and Tameside and Glossop CCG moved', () => {
  it('labels an area move and a part move', () => {
    expect(changes.map((c) => [c.code, c.level, c.label])).toEqual([
      [DERBYSHIRE, 'area', 'Derbyshire'],
      [TAMESIDE, 'part', 'Tameside and Glossop CCG'],
    ]);
  });

  /** England's width on screen, CSS pixels: every 10 px from 160 (a small embed, or a phone's
   * map zoomed out) to 1400 (a wide page). */
  const widths = Array.from({length: 125}, (_, i) => 160 + 10 * i);
  const layout = (width: number) => {
    const {project, height} = fitProjection(geography.bounds, width);
    const inputs: ChangeLabelInput[] = changes.map((c) => {
      const [x, y] = project(c.anchor);
      return {id: c.code, text: `${c.label}: moves`, x, y};
    });
    const placed = placeChangeLabels(inputs);
    const names = placeLabels(
      regionLabelInputs(both.regions, regionLabelSites(areas, both), (p) => project(p)),
      {obstacles: placed.map((l) => l.box), bounds: {x0: 0, y0: 0, x1: width, y1: height}},
    ).map((l) => ({id: l.id, box: labelBox(l.text, l.x + l.dx, l.y + l.dy)}));
    const home = inputs.map((l) => ({id: l.id, box: changeLabelBox(l.text, l.x, l.y)}));
    return {placed, names, home};
  };

  it('the two labels would collide above their points where England is under ~270 px wide', () => {
    const colliding = widths.filter((w) => collisions(layout(w).home).length > 0);
    expect(colliding).toContain(160);
    expect(colliding).toContain(260);
    expect(colliding).not.toContain(280);
  });

  it('at every width: no two "moves" labels overlap, nor a region name and a label', () => {
    for (const width of widths) {
      const {placed, names} = layout(width);
      expect(placed.map((l) => l.id)).toEqual([DERBYSHIRE, TAMESIDE]);
      expect(collisions([...placed, ...names]), `${width} px`).toEqual([]);
    }
  });
});

describe('placeChangeLabels', () => {
  const label = fc.record({
    id: fc.uuid(),
    text: fc.string({minLength: 3, maxLength: 40}),
    x: fc.integer({min: 0, max: 360}),
    y: fc.integer({min: 0, max: 500}),
  });

  it('never places two labels overlapping, for up to CHANGE_LABEL.maxShown of them', () => {
    fc.assert(
      fc.property(fc.array(label, {maxLength: CHANGE_LABEL.maxShown}), (labels) => {
        expect(collisions(placeChangeLabels(labels))).toEqual([]);
      }),
      {numRuns: 300},
    );
  });

  it('keeps labels that do not collide above their points, and draws none beyond the limit', () => {
    const apart = [
      {id: 'a', text: 'Somewhere: moves', x: 100, y: 100},
      {id: 'b', text: 'Elsewhere: moves', x: 400, y: 300},
    ];
    expect(placeChangeLabels(apart).map((l) => [l.dx, l.dy])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    const many = Array.from({length: CHANGE_LABEL.maxShown + 1}, (_, i) => ({
      ...apart[0]!,
      id: String(i),
    }));
    expect(placeChangeLabels(many)).toEqual([]);
  });
});
