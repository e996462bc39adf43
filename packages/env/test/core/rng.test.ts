import { Rng, deriveSeed } from '@rlver/env';

describe('Rng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    const c = new Rng(8);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });

  it('resumes exactly from a saved state, and the saved state is not aliased', () => {
    const a = new Rng('checkpoint');
    a.next();
    const saved = JSON.parse(JSON.stringify(a.state()));
    const expected = [a.next(), a.next(), a.int(10)];
    const restored = Rng.fromState(saved);
    expect([restored.next(), restored.next(), restored.int(10)]).toEqual(expected);
    const again = Rng.fromState(saved);
    expect(again.next()).toBe(expected[0]);
  });

  it('rejects a bad bound with a message naming it', () => {
    expect(() => new Rng(1).int(0)).toThrow(/positive integer, got 0/);
    expect(() => new Rng(1).pick([])).toThrow(/empty/);
  });
});

describe('deriveSeed', () => {
  it('is a pure function of its parts that separates numbers from strings', () => {
    expect(deriveSeed(1, 'turn', 3)).toBe(deriveSeed(1, 'turn', 3));
    expect(deriveSeed(1, 'turn', 3)).not.toBe(deriveSeed(1, 'turn', 4));
    expect(deriveSeed(1)).not.toBe(deriveSeed('1'));
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => deriveSeed(42, i)));
    expect(seeds.size).toBe(1000);
  });
});
