import { Box, Choice, Dict, Discrete, Rng, Sequence, Text } from '@rlver/env';

describe('spaces', () => {
  const rng = () => new Rng(3);

  it('Text bounds length and samples members', () => {
    const space = new Text({ minLength: 2, maxLength: 5 });
    expect(space.contains('abc')).toBe(true);
    expect(space.contains('a')).toBe(false);
    expect(space.contains('abcdef')).toBe(false);
    expect(space.contains(3)).toBe(false);
    expect(space.contains('你好')).toBe(true);
    const r = rng();
    for (let i = 0; i < 50; i++) expect(space.contains(space.sample(r))).toBe(true);
    const restricted = new Text({ maxLength: 5, charset: 'ab', restrictCharset: true });
    expect(restricted.contains('abba')).toBe(true);
    expect(restricted.contains('abc')).toBe(false);
    expect(() => new Text({ minLength: 3, maxLength: 2 })).toThrow(/maxLength/);
  });

  it('Discrete covers start..start+n-1', () => {
    const space = new Discrete(3, -1);
    expect([-1, 0, 1].every((v) => space.contains(v))).toBe(true);
    expect(space.contains(2)).toBe(false);
    expect(space.contains(0.5)).toBe(false);
    const r = rng();
    const seen = new Set(Array.from({ length: 100 }, () => space.sample(r)));
    expect([...seen].sort()).toEqual([-1, 0, 1]);
    expect(() => new Discrete(0)).toThrow(/positive integer/);
  });

  it('Box checks shape and bounds, including unbounded sides', () => {
    const space = new Box([0, -Infinity], [1, Infinity]);
    expect(space.contains(Float32Array.from([0.5, 1e6]))).toBe(true);
    expect(space.contains(Float32Array.from([1.5, 0]))).toBe(false);
    expect(space.contains([0.5, 0])).toBe(false);
    expect(space.contains(Float32Array.from([Number.NaN, 0]))).toBe(false);
    const r = rng();
    for (let i = 0; i < 50; i++) expect(space.contains(space.sample(r))).toBe(true);
    const halfOpen = new Box(2, Infinity, [3]);
    for (let i = 0; i < 50; i++) expect(halfOpen.contains(halfOpen.sample(r))).toBe(true);
    expect(() => new Box(1, 0, [2])).toThrow(/low\[0\]=1 > high\[0\]=0/);
    expect(() => new Box([0, 0], [1, 1, 1])).toThrow(/high has 3 entries/);
  });

  it('Dict requires exactly its keys; Sequence bounds length; Choice fixes values', () => {
    const message = new Dict({ role: new Choice(['user', 'assistant'] as const), content: new Text({ maxLength: 100 }) });
    expect(message.contains({ role: 'user', content: 'hi' })).toBe(true);
    expect(message.contains({ role: 'system', content: 'hi' })).toBe(false);
    expect(message.contains({ role: 'user', content: 'hi', extra: 1 })).toBe(false);
    expect(message.contains({ role: 'user' })).toBe(false);
    const chat = new Sequence(message, 3);
    expect(chat.contains([])).toBe(true);
    expect(chat.contains([{ role: 'user', content: 'a' }, { role: 'assistant', content: 'b' }])).toBe(true);
    expect(chat.contains(new Array(4).fill({ role: 'user', content: 'a' }))).toBe(false);
    const r = rng();
    for (let i = 0; i < 30; i++) expect(chat.contains(chat.sample(r))).toBe(true);
    expect(JSON.parse(chat.toString())).toMatchObject({ kind: 'Sequence', maxLength: 3, item: { kind: 'Dict' } });
  });
});
