/**
 * A set of content tokens (32-bit codes) as an open-addressing hash table, used as scratch space: to keep a
 * text's content tokens distinct, and to measure overlaps. Every appraisal measures the reply's overlap with
 * the user's last two messages and with each earlier reply; a merge of two sorted arrays mispredicts a branch
 * at nearly every element (about 2 us for two 100-bigram Chinese texts), and sorting them in the first place
 * costs as much, while probing a set with the other text's tokens costs a few nanoseconds per token. Sets are
 * refilled for each appraisal rather than kept with the texts' views (a set is four times the content's size).
 */
export class TokenSet {
  /** Slots hold tokens; 0 marks an empty slot (a 0 token, possible for a hashed English word, is `hasZero`). */
  private table = new Uint32Array(64);
  private shift = 26;
  private mask = 63;
  private hasZero = false;
  /** Number of distinct tokens in the set. */
  size = 0;

  /** Empty the set, sized for about `expected` tokens. */
  reset(expected: number): this {
    // At most a quarter full, so that a probe for an absent token nearly always lands on an empty slot at once.
    let capacity = 16;
    while (capacity < 4 * expected) capacity *= 2;
    if (this.table.length < capacity) this.table = new Uint32Array(capacity);
    else this.table.fill(0, 0, capacity);
    this.shift = 32 - Math.log2(capacity);
    this.mask = capacity - 1;
    this.hasZero = false;
    this.size = 0;
    return this;
  }

  /** Make this the set of `tokens`. */
  fill(tokens: readonly number[]): this {
    this.reset(tokens.length);
    for (let i = 0; i < tokens.length; i++) this.add(tokens[i]!);
    return this;
  }

  /** Add a token; false when it was already in the set. (Add at most the `expected` number of `reset`.) */
  add(token: number): boolean {
    if (token === 0) {
      if (this.hasZero) return false;
      this.hasZero = true;
      this.size++;
      return true;
    }
    const { table, shift, mask } = this;
    let slot = Math.imul(token, 0x9e3779b1) >>> shift;
    for (let held = table[slot]!; held !== 0; held = table[(slot = (slot + 1) & mask)]!) if (held === token) return false;
    table[slot] = token;
    this.size++;
    return true;
  }

  has(token: number): boolean {
    if (token === 0) return this.hasZero;
    const { table, shift, mask } = this;
    for (let slot = Math.imul(token, 0x9e3779b1) >>> shift; table[slot] !== 0; slot = (slot + 1) & mask) {
      if (table[slot] === token) return true;
    }
    return false;
  }

  /** How many of `tokens` (distinct) are in the set: `has` for each, with the table kept in locals. */
  countOf(tokens: readonly number[]): number {
    const { table, shift, mask, hasZero } = this;
    let n = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token === 0) {
        if (hasZero) n++;
        continue;
      }
      let slot = Math.imul(token, 0x9e3779b1) >>> shift;
      for (let held = table[slot]!; held !== 0; held = table[(slot = (slot + 1) & mask)]!) {
        if (held === token) {
          n++;
          break;
        }
      }
    }
    return n;
  }
}

/** Jaccard similarity of `tokens` (distinct) and the tokens of `set` (0 when both are empty). */
export function jaccard(tokens: readonly number[], set: TokenSet): number {
  const shared = set.countOf(tokens);
  const union = set.size + tokens.length - shared;
  return union === 0 ? 0 : shared / union;
}
