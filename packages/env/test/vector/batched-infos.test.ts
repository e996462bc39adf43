import { batchInfos, infoAt } from '@rlver/env';

describe('batchInfos', () => {
  it('gives every key a column and a mask, whatever order the infos list their keys in', () => {
    const infos = [{ a: 1, b: 'x' }, { b: 'y', c: true }, { c: false, a: 3 }];
    const batched = batchInfos<{ a?: number; b?: string; c?: boolean }>(infos);
    expect(batched.a).toEqual([1, undefined, 3]);
    expect(batched.b).toEqual(['x', 'y', undefined]);
    expect(batched.c).toEqual([undefined, true, false]);
    expect(batched._a).toEqual([true, false, true]);
    expect(batched._b).toEqual([true, true, false]);
    expect(batched._c).toEqual([false, true, true]);
    infos.forEach((info, i) => expect(infoAt(batched, i)).toEqual(info));
  });

  it('masks a key reported with the value undefined as set', () => {
    const batched = batchInfos<{ a?: number }>([{ a: undefined }, {}]);
    expect(batched._a).toEqual([true, false]);
    expect(Object.prototype.hasOwnProperty.call(infoAt(batched, 0), 'a')).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(infoAt(batched, 1), 'a')).toBe(false);
  });

  it('returns fresh value columns but read-only masks', () => {
    const infos = [{ a: 1 }, { a: 2 }];
    const first = batchInfos(infos);
    const second = batchInfos(infos);
    expect(first.a).not.toBe(second.a);
    first.a![0] = 99;
    expect(second.a).toEqual([1, 2]);
    expect(Object.isFrozen(first._a)).toBe(true);
    expect(() => {
      (first._a as boolean[])[0] = false;
    }).toThrow(TypeError);
  });
});
