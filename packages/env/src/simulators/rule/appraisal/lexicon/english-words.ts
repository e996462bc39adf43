import type { Automaton } from './automaton';
import { CURLY, isWordChar } from './tokenize';

/**
 * English tokens read through a table of the words seen so far, each analysed once.
 *
 * `englishTokens` cuts a text into strings, and every consumer then looks each string up again: the phrase
 * automata by a hash-map lookup per token (hashing a string that was just cut), the content analysis by
 * stemming and hashing it. Dialogue texts reuse a small vocabulary (the simulated user's phrasebook speaks a
 * few thousand words), so here the text is scanned once, each word is found in this table by a hash computed
 * while scanning, without cutting a string, and what was worked out about the word the first time (its content
 * hash, its class in each automaton) is read back by id. The tokens are exactly `englishTokens`' (the tests
 * compare every measurement with the string-token path).
 */
export class EnglishWords {
  /** Token text by id (curly apostrophes already straight, as `englishTokens` makes them). */
  readonly words: string[] = [];
  /**
   * What the owner keeps about each word, by id (computed once, when the word is first seen), in flat arrays
   * rather than an object per word: a text reads the facts of each of its words, and flat arrays stay in cache.
   */
  readonly units: number[] = [];
  readonly questionMarks: number[] = [];
  readonly contents: number[] = [];
  /** Open-addressing index: id + 1 by slot, 0 for an empty slot. */
  private slots = new Int32Array(1 << 12);
  private readonly hashes: number[] = [];
  /** Per automaton, the class of each word (undefined or -1 until asked). */
  private readonly classes = new Map<Automaton, number[]>();
  private readonly markIds = PUNCTUATION_MARKS.map(() => -1);

  /** @param describe - the facts to keep about a word, computed when it is first seen */
  constructor(private readonly describe: (word: string) => WordFacts) {}

  /** Number of words in the table. */
  get size(): number {
    return this.words.length;
  }

  /** Write the class in `automaton` of each of the first `n` word ids into `out`. */
  classesOf(ids: readonly number[], n: number, automaton: Automaton, out: Int32Array): void {
    let table = this.classes.get(automaton);
    if (!table) this.classes.set(automaton, (table = []));
    for (let j = 0; j < n; j++) {
      const id = ids[j]!;
      let cls = table[id];
      if (cls === undefined || cls < 0) {
        cls = automaton.classOf(this.words[id]!);
        while (table.length < id) table.push(-1);
        table[id] = cls;
      }
      out[j] = cls;
    }
  }

  /**
   * Append the ids of `text`'s tokens to `out` (the tokens `englishTokens(text)` gives, in order). `lower` must
   * be `text.toLowerCase()`.
   */
  scan(lower: string, out: number[]): void {
    const n = lower.length;
    // A word runs from `start`; an apostrophe or hyphen between word characters stays inside it, a curly
    // apostrophe counting as a straight one. Its FNV-1a hash is accumulated while scanning.
    let start = -1;
    let hash = 0;
    for (let i = 0; i < n; i++) {
      let code = lower.charCodeAt(i);
      if (isWordChar(code) || ((code === 39 || code === 0x2019 || code === 45) && start >= 0 && i + 1 < n && isWordChar(lower.charCodeAt(i + 1)))) {
        if (start < 0) {
          start = i;
          hash = 0x811c9dc5;
        }
        if (code === 0x2019) code = 39;
        hash = Math.imul(hash ^ code, 0x01000193);
        continue;
      }
      if (start >= 0) {
        out.push(this.idOf(lower, start, i, hash >>> 0));
        start = -1;
      }
      const mark = PUNCTUATION_MARKS.indexOf(code);
      if (mark >= 0) out.push(this.idOfMark(mark));
    }
    if (start >= 0) out.push(this.idOf(lower, start, n, hash >>> 0));
  }

  /** The id of the word `lower[start, end)` (curly apostrophes read as straight), added when new. */
  private idOf(lower: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry === 0) break;
      const id = entry - 1;
      if (this.hashes[id] === hash && sameWord(this.words[id]!, lower, start, end)) return id;
    }
    const slice = lower.slice(start, end);
    return this.add(slice.indexOf('\u2019') === -1 ? slice : slice.replace(CURLY, "'"), hash);
  }

  private idOfMark(mark: number): number {
    let id = this.markIds[mark]!;
    if (id < 0) id = this.markIds[mark] = this.add(String.fromCharCode(PUNCTUATION_MARKS[mark]!), -1);
    return id;
  }

  private add(word: string, hash: number): number {
    const id = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    const facts = this.describe(word);
    this.units.push(facts.unit ? 1 : 0);
    this.questionMarks.push(facts.questionMark ? 1 : 0);
    this.contents.push(facts.content);
    // Punctuation marks (hash -1) are found through `markIds`, not the index.
    if (hash !== -1) {
      if (4 * (id + 1) > this.slots.length) this.grow();
      else this.index(id, hash);
    }
    return id;
  }

  private index(id: number, hash: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = hash & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = id + 1;
  }

  /** Double the index (kept at most a quarter full) and index every word again. */
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let id = 0; id < this.words.length; id++) if (this.hashes[id] !== -1) this.index(id, this.hashes[id]!);
  }
}

/** What the appraisal keeps about an English token (see `text.ts`). */
export interface WordFacts {
  /** The token counts towards the text's length in words. */
  readonly unit: boolean;
  readonly questionMark: boolean;
  /** The token's content hash (its stem's), or -1 when it is not a content token. */
  readonly content: number;
}

/** Character codes of the punctuation marks that are English tokens (as in `englishTokens`). */
const PUNCTUATION_MARKS: readonly number[] = [46, 44, 33, 63, 58, 59, 34, 0x201c, 0x201d, 0x2026, 10];

/** Is `word` the text `lower[start, end)`, reading a curly apostrophe there as a straight one? */
function sameWord(word: string, lower: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    let code = lower.charCodeAt(start + i);
    if (code === 0x2019) code = 39;
    if (word.charCodeAt(i) !== code) return false;
  }
  return true;
}
