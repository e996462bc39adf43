import { hiddenNeedFromLabel } from '@rlver/bench';
import { HIDDEN_NEED_BY_TASK } from '@rlver/env';

describe('hiddenNeedFromLabel', () => {
  it("maps every exact SAGE task sentence of @rlver/env's loaders to its need (with or without surrounding spaces)", () => {
    const entries = Object.entries(HIDDEN_NEED_BY_TASK);
    expect(entries.length).toBeGreaterThanOrEqual(8);
    for (const [sentence, need] of entries) {
      expect(hiddenNeedFromLabel(sentence)).toBe(need);
      expect(hiddenNeedFromLabel(` ${sentence}\n`)).toBe(need);
    }
  });
});
