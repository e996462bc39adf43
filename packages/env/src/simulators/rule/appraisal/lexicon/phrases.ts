import { Automaton } from './automaton';

export type { Automaton } from './automaton';

/**
 * Phrase patterns: the appraisal's lexicons in a small pattern language, compiled once into one phrase graph per
 * lexicon part, so that a text is scanned once for all of its patterns. Regular expressions with hundreds of
 * alternatives try every alternative at every position; the graph follows only the tokens that can continue a
 * phrase, and counting runs it as a deterministic automaton (`automaton.ts`), one table lookup per token.
 *
 * Tokens are lower-cased words and punctuation marks in English, single characters in Chinese (see
 * `tokenize.ts`). A pattern is a sequence of:
 *
 * - literal tokens: `you are` (English words separated by spaces), `委屈` (each Chinese character a token);
 * - groups of alternatives `(might|may|could have)`, optional groups `(really|so)?` (nestable);
 * - a word prefix `frustrat*` (English): any word starting with `frustrat`;
 * - a gap `~N`: up to N tokens of anything except a sentence end (`. ! ? 。 ！ ？` or a line break).
 *
 * Matching counts, per pattern, non-overlapping occurrences, taking the longest match at each start. A pattern
 * must start with a token or a word prefix (not a gap).
 */

/** A token: an English word or punctuation mark, or a Chinese character code. */
export type Token = string | number;

/** How a pattern's literal text becomes tokens. */
export type PatternScript = 'words' | 'chars';

/**
 * A node of the phrase graph. Token edges form a trie; a group of alternatives ends in a join node that every
 * alternative reaches by an empty (epsilon) edge, so patterns are compiled without expanding their
 * alternatives into every combination.
 */
export interface PhraseNode {
  readonly next: Map<Token, PhraseNode>;
  readonly prefixes: Array<{ readonly stem: string; readonly node: PhraseNode }>;
  readonly gaps: Array<{ readonly max: number; readonly node: PhraseNode }>;
  readonly epsilon: PhraseNode[];
  /** Patterns that end here. */
  readonly ends: number[];
}

function newNode(): PhraseNode {
  return { next: new Map(), prefixes: [], gaps: [], epsilon: [], ends: [] };
}

/** A compiled set of named patterns (one phrase graph). */
export interface PhraseSet<Id extends string> {
  readonly ids: readonly Id[];
  readonly script: PatternScript;
  readonly root: PhraseNode;
}

/**
 * Compile patterns into a phrase set. `patterns[id]` is a list of patterns in the language above; `ids` fixes
 * the order of the counts (the same in every language). Throws on a malformed pattern (a bug in a lexicon,
 * found at module load).
 */
export function compilePhrases<Id extends string>(script: PatternScript, ids: readonly Id[], patterns: Readonly<Record<Id, readonly string[]>>): PhraseSet<Id> {
  const root = newNode();
  ids.forEach((id, index) => {
    for (const source of patterns[id]) {
      const items = parse(source, script);
      if (startsWithGap(items)) throw new SyntaxError(`phrase pattern ${JSON.stringify(source)} starts with a gap`);
      if (canBeEmpty(items)) throw new SyntaxError(`phrase pattern ${JSON.stringify(source)} can match the empty text`);
      const end = compileSequence(items, root);
      if (!end.ends.includes(index)) end.ends.push(index);
    }
  });
  return { ids, script, root };
}

function startsWithGap(items: readonly Item[]): boolean {
  const first = items[0];
  if (!first) return false;
  if (first.kind === 'gap') return true;
  return first.kind === 'group' && first.alternatives.some(startsWithGap);
}

function canBeEmpty(items: readonly Item[]): boolean {
  return items.every((item) => item.kind === 'gap' || (item.kind === 'group' && (item.optional || item.alternatives.some(canBeEmpty))));
}

/** Add a sequence of items from `from`; returns the node where the sequence ends. */
function compileSequence(items: readonly Item[], from: PhraseNode): PhraseNode {
  let node = from;
  for (const item of items) {
    if (item.kind === 'token') {
      let child = node.next.get(item.token);
      if (!child) node.next.set(item.token, (child = newNode()));
      node = child;
    } else if (item.kind === 'prefix') {
      let edge = node.prefixes.find((p) => p.stem === item.stem);
      if (!edge) node.prefixes.push((edge = { stem: item.stem, node: newNode() }));
      node = edge.node;
    } else if (item.kind === 'gap') {
      let edge = node.gaps.find((g) => g.max === item.max);
      if (!edge) node.gaps.push((edge = { max: item.max, node: newNode() }));
      node = edge.node;
    } else {
      const join = newNode();
      for (const alternative of item.alternatives) {
        const end = compileSequence(alternative, node);
        if (!end.epsilon.includes(join)) end.epsilon.push(join);
      }
      if (item.optional) node.epsilon.push(join);
      node = join;
    }
  }
  return node;
}

// --- parsing -------------------------------------------------------------------------------------------------

/** Parsed pattern: a sequence of items. */
type Item =
  | { readonly kind: 'token'; readonly token: Token }
  | { readonly kind: 'prefix'; readonly stem: string }
  | { readonly kind: 'gap'; readonly max: number }
  | { readonly kind: 'group'; readonly alternatives: Item[][]; readonly optional: boolean };

function parse(source: string, script: PatternScript): Item[] {
  let pos = 0;
  const fail = (why: string): never => {
    throw new SyntaxError(`phrase pattern ${JSON.stringify(source)} at ${pos}: ${why}`);
  };
  const sequence = (inGroup: boolean): Item[] => {
    const items: Item[] = [];
    while (pos < source.length) {
      const ch = source[pos]!;
      if (ch === ')' || ch === '|') {
        if (!inGroup) fail(`unexpected "${ch}"`);
        break;
      }
      if (ch === ' ') {
        pos++;
        continue;
      }
      if (ch === '(') {
        pos++;
        const alternatives: Item[][] = [sequence(true)];
        while (source[pos] === '|') {
          pos++;
          alternatives.push(sequence(true));
        }
        if (source[pos] !== ')') fail('missing ")"');
        pos++;
        const optional = source[pos] === '?';
        if (optional) pos++;
        items.push({ kind: 'group', alternatives, optional });
        continue;
      }
      if (ch === '~') {
        pos++;
        const start = pos;
        while (pos < source.length && /[0-9]/.test(source[pos]!)) pos++;
        const max = Number(source.slice(start, pos));
        if (!(max >= 1)) fail('a gap needs a size, e.g. ~5');
        items.push({ kind: 'gap', max });
        continue;
      }
      if (script === 'chars') {
        if (ch === '\\') {
          pos++;
          if (pos >= source.length) fail('dangling escape');
        }
        items.push({ kind: 'token', token: source.charCodeAt(pos) });
        pos++;
        continue;
      }
      // words: a run up to a space or a structural character; "\" escapes one of them
      let word = '';
      while (pos < source.length && !' ()|~'.includes(source[pos]!)) {
        if (source[pos] === '\\') pos++;
        word += source[pos];
        pos++;
      }
      if (word.endsWith('*') && word.length > 1) items.push({ kind: 'prefix', stem: word.slice(0, -1) });
      else items.push({ kind: 'token', token: word });
    }
    return items;
  };
  const items = sequence(false);
  if (pos !== source.length) fail('trailing characters');
  if (items.length === 0) fail('empty pattern');
  return items;
}

// --- matching ------------------------------------------------------------------------------------------------

/** The automaton of each phrase set, built on first use (for the sentence-end test it is used with). */
const automata = new WeakMap<PhraseSet<string>, Automaton>();

/**
 * Count each pattern's non-overlapping matches in `tokens` into `counts` (indexed like `set.ids`), which is
 * zeroed first: at each start position, in order, the longest match of each pattern counts unless it starts
 * inside that pattern's previous counted match. `isEnd(token)` tells sentence ends, which gaps do not cross.
 */
export function countPhrases<Id extends string>(set: PhraseSet<Id>, tokens: readonly Token[], isEnd: (t: Token) => boolean, counts: Int32Array): void {
  phraseAutomaton(set, isEnd).count(tokens, counts);
}

/** The automaton that counts `set`'s patterns with the sentence-end test `isEnd` (built on first use). */
export function phraseAutomaton<Id extends string>(set: PhraseSet<Id>, isEnd: (t: Token) => boolean): Automaton {
  let automaton = automata.get(set);
  if (!automaton || automaton.isEnd !== isEnd) {
    automaton = new Automaton(set, isEnd);
    automata.set(set, automaton);
  }
  return automaton;
}
