// The one largest-first order (src/domain/order.ts).
import {describe, expect, it} from 'vitest';
import {byCode, largestFirst} from '../../src/domain/order';

type Item = {code: string; size: number | null; i: number};
const item = (code: string, size: number | null, i = 0): Item => ({code, size, i});

describe('largestFirst', () => {
  it('puts the largest first and a missing size last, even after a negative one', () => {
    const sorted = [item('a', 1), item('b', null), item('c', 3), item('e', -2), item('d', 2)].sort(
      largestFirst((x) => x.size),
    );
    expect(sorted.map((x) => x.code)).toEqual(['c', 'd', 'a', 'e', 'b']);
  });

  it('breaks ties by code, in code order rather than the locale’s, then keeps the input order', () => {
    const items = [item('b', 5, 0), item('a', 5, 1), item('B', 5, 2), item('a', 5, 3)];
    expect(
      items
        .sort(
          largestFirst(
            (x) => x.size,
            (x) => x.code,
          ),
        )
        .map((x) => `${x.code}${x.i}`),
    ).toEqual(['B2', 'a1', 'a3', 'b0']);
  });

  it('uses later ties only when earlier ones are equal', () => {
    const flows = [
      {o: 'E2', d: 'E1', v: 9},
      {o: 'E1', d: 'E3', v: 9},
      {o: 'E1', d: 'E2', v: 9},
    ];
    expect(
      flows
        .sort(
          largestFirst(
            (f) => f.v,
            (f) => f.o,
            (f) => f.d,
          ),
        )
        .map((f) => `${f.o}>${f.d}`),
    ).toEqual(['E1>E2', 'E1>E3', 'E2>E1']);
  });
});

describe('byCode', () => {
  it('orders by code units', () => {
    expect(['b', 'B', 'a'].sort(byCode)).toEqual(['B', 'a', 'b']);
  });
});
