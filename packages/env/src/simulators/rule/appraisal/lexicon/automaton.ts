import type { PhraseNode, PhraseSet, Token } from './phrases';

/**
 * Counting phrase patterns with a deterministic automaton built lazily from a phrase graph.
 *
 * The phrase graph (`phrases.ts`) is nondeterministic: from one node a token may lead to a literal child, to
 * word-prefix children and through gaps, and groups add empty edges. Walking it directly explores every path
 * from every start position, with a string comparison per prefix edge per token; for an English text that was
 * most of an appraisal's cost. Here each set of graph positions the walk can be in is one state of a
 * deterministic automaton, built the first time a text needs it and kept: after a few texts, reading a token
 * is one table lookup per start position still alive, whatever the number of patterns.
 *
 * Tokens are first mapped to classes: tokens that no graph edge can tell apart share a class (every word
 * that is in no pattern and starts no prefix is the same class), so a state's transitions are indexed by a
 * small number rather than by every word ever seen. The counts are exactly those of the direct walk: for each
 * start position, in order, the longest match of every pattern; a pattern counts again only from the end of
 * its previous counted match (the `phrases.test.ts` tests compare the two on the real lexicons).
 */

/**
 * States are numbered; a state is the set of graph positions (configurations) the walk can be in after the
 * tokens read since a start position. Transitions live in one flat hash table keyed by (state, class), which is
 * a few array reads per token where a Map per state cost a hash-table lookup in scattered memory (Chinese texts
 * start a partial match at most characters).
 */
const DEAD = -1;
const UNKNOWN = -2;

/** Beyond this many states the automaton starts afresh (a bound on memory for pathological texts). */
const MAX_STATES = 20_000;
/** Beyond this many remembered token classes the word cache starts afresh (replies bring new words forever). */
const MAX_TOKENS = 50_000;

export class Automaton {
  /** The sentence-end test the automaton was built for (gaps do not cross a sentence end). */
  readonly isEnd: (token: Token) => boolean;
  private readonly nodes: PhraseNode[] = [];
  private readonly nodeId = new Map<PhraseNode, number>();
  /** A configuration is `node * slots + r`: r = 0 is the node itself, r > 0 a gap that may still skip r tokens. */
  private readonly slots: number;
  /** Every token that some graph edge names, with its class (classes 0..vocabulary-1). */
  private readonly vocabulary: Map<Token, number>;
  /** Distinct word-prefix stems of the graph. */
  private readonly stems: string[];
  /** A token of each class, to compute transitions with (all tokens of a class behave alike). */
  private readonly representatives: Token[];
  /** Classes of tokens outside the vocabulary, by what the graph can see of them (matching stems, sentence end). */
  private readonly signatures = new Map<string, number>();
  /** Class per token seen (vocabulary included); reset when it grows past MAX_TOKENS. */
  private tokenClass: Map<Token, number>;
  /** Class per character code (Chinese tokens), -1 until seen: an array index instead of a hash lookup. */
  private codeClass: Int32Array | undefined;
  /** State id by its sorted configurations (joined), and each state's configurations. */
  private stateIds = new Map<string, number>();
  private stateConfigs: Int32Array[] = [];
  /** Patterns that end in state s: `endsFlat[endsStart[s]]` up to `endsStart[s + 1]`. */
  private endsStart: number[] = [0];
  private endsFlat: number[] = [];
  /** The start state (always 0). */
  private readonly root = 0;
  /**
   * The root's transitions by class, as an array: every start position reads one, and most end there (a word
   * that starts no phrase), so this lookup is the hot one. UNKNOWN until computed.
   */
  private rootNext: number[] = [];
  private transitions = new TransitionTable();
  // Scratch for one count (counting is synchronous).
  private classes = new Int32Array(256);
  private longest: Int32Array;
  private nextAllowed: Int32Array;
  private readonly touched: number[] = [];

  constructor(set: PhraseSet<string>, isEnd: (token: Token) => boolean) {
    this.isEnd = isEnd;
    let maxGap = 0;
    const vocabulary = new Map<Token, number>();
    const stems = new Set<string>();
    const visit = (node: PhraseNode): void => {
      if (this.nodeId.has(node)) return;
      this.nodeId.set(node, this.nodes.length);
      this.nodes.push(node);
      for (const [token, child] of node.next) {
        if (!vocabulary.has(token)) vocabulary.set(token, vocabulary.size);
        visit(child);
      }
      for (const edge of node.prefixes) {
        stems.add(edge.stem);
        visit(edge.node);
      }
      for (const gap of node.gaps) {
        maxGap = Math.max(maxGap, gap.max);
        visit(gap.node);
      }
      for (const next of node.epsilon) visit(next);
    };
    visit(set.root);
    this.slots = maxGap + 1;
    this.vocabulary = vocabulary;
    this.stems = [...stems];
    this.representatives = [...vocabulary.keys()];
    this.tokenClass = new Map(vocabulary);
    this.longest = new Int32Array(set.ids.length).fill(-1);
    this.nextAllowed = new Int32Array(set.ids.length);
    this.addRootState();
    // `count` relies on it: the compiler rejects patterns that can match the empty text.
    if (this.endsStart[1] !== 0) throw new Error('phrase automaton: a pattern matches the empty text');
  }

  /**
   * Count each pattern's non-overlapping matches in `tokens` into `counts` (zeroed first), taking the longest
   * match at each start.
   */
  count(tokens: readonly Token[], counts: Int32Array): void {
    const n = tokens.length;
    if (this.classes.length < n) this.classes = new Int32Array(Math.max(n, 2 * this.classes.length));
    const classes = this.classes;
    for (let j = 0; j < n; j++) classes[j] = this.classOf(tokens[j]!);
    this.countClasses(classes, n, counts);
  }

  /** {@link count} for tokens already mapped to their classes (see {@link classOf}): the first `n` of `classes`. */
  countClasses(classes: ArrayLike<number>, n: number, counts: Int32Array): void {
    counts.fill(0);
    if (this.stateConfigs.length > MAX_STATES) {
      this.stateIds = new Map();
      this.stateConfigs = [];
      this.endsStart = [0];
      this.endsFlat = [];
      this.rootNext = [];
      this.transitions = new TransitionTable();
      this.addRootState();
    }
    const { longest, nextAllowed, touched, rootNext, transitions, endsStart, endsFlat } = this;
    nextAllowed.fill(0);
    for (let i = 0; i < n; i++) {
      const first = classes[i]!;
      let state = first < rootNext.length ? rootNext[first]! : UNKNOWN;
      if (state === UNKNOWN) {
        state = this.transition(this.root, this.representatives[first]!);
        while (rootNext.length <= first) rootNext.push(UNKNOWN);
        rootNext[first] = state;
      }
      // Patterns cannot match the empty text (checked at construction), so the root itself ends nothing.
      for (let j = i; state !== DEAD; ) {
        for (let e = endsStart[state]!, to = endsStart[state + 1]!; e < to; e++) {
          const p = endsFlat[e]!;
          if (longest[p]! < 0) touched.push(p);
          longest[p] = j + 1;
        }
        if (++j >= n) break;
        const cls = classes[j]!;
        let next = transitions.get(state, cls);
        if (next === UNKNOWN) {
          next = this.transition(state, this.representatives[cls]!);
          transitions.set(state, cls, next);
        }
        state = next;
      }
      if (touched.length === 0) continue;
      for (let t = 0; t < touched.length; t++) {
        const p = touched[t]!;
        if (i >= nextAllowed[p]!) {
          counts[p]!++;
          nextAllowed[p] = longest[p]!;
        }
        longest[p] = -1;
      }
      touched.length = 0;
    }
  }

  /**
   * The class of a token: its own for a vocabulary token, else shared by all tokens the graph sees alike. A
   * token's class never changes, so callers may keep it (see `english-words.ts`).
   */
  classOf(token: Token): number {
    if (typeof token === 'number' && token < 0x10000) {
      const table = (this.codeClass ??= new Int32Array(0x10000).fill(-1));
      let cls = table[token]!;
      if (cls < 0) table[token] = cls = this.newClassOf(token);
      return cls;
    }
    return this.newClassOf(token);
  }

  private newClassOf(token: Token): number {
    const known = this.tokenClass.get(token);
    if (known !== undefined) return known;
    let signature = this.isEnd(token) ? 'end:' : ':';
    if (typeof token === 'string') {
      for (let s = 0; s < this.stems.length; s++) if (token.startsWith(this.stems[s]!)) signature += `${s},`;
    }
    let cls = this.signatures.get(signature);
    if (cls === undefined) {
      cls = this.representatives.length;
      this.representatives.push(token);
      this.signatures.set(signature, cls);
    }
    if (this.tokenClass.size >= MAX_TOKENS) this.tokenClass = new Map(this.vocabulary);
    this.tokenClass.set(token, cls);
    return cls;
  }

  private addRootState(): void {
    const configs = new Set<number>();
    this.addNode(configs, 0);
    this.stateOf(configs);
  }

  /** The state after reading `token` in state `state`, or DEAD when nothing can continue. */
  private transition(state: number, token: Token): number {
    const out = new Set<number>();
    const slots = this.slots;
    const configs = this.stateConfigs[state]!;
    for (let c = 0; c < configs.length; c++) {
      const config = configs[c]!;
      const id = Math.floor(config / slots);
      const skip = config - id * slots;
      if (skip === 0) {
        const node = this.nodes[id]!;
        const child = node.next.get(token);
        if (child) this.addNode(out, this.nodeId.get(child)!);
        if (node.prefixes.length > 0 && typeof token === 'string') {
          for (const edge of node.prefixes) if (token.startsWith(edge.stem)) this.addNode(out, this.nodeId.get(edge.node)!);
        }
      } else if (!this.isEnd(token)) {
        // A gap skips this token: its target is reached here, and it may skip more.
        this.addNode(out, id);
        if (skip > 1) out.add(id * slots + skip - 1);
      }
    }
    return this.stateOf(out);
  }

  /**
   * Add a node and everything reachable from it without reading a token (the closure): empty edges, and for
   * each gap its target (a gap of zero tokens) and the gap itself, which may skip up to `max` tokens.
   */
  private addNode(configs: Set<number>, id: number): void {
    const key = id * this.slots;
    if (configs.has(key)) return;
    configs.add(key);
    const node = this.nodes[id]!;
    for (const next of node.epsilon) this.addNode(configs, this.nodeId.get(next)!);
    for (const gap of node.gaps) {
      const target = this.nodeId.get(gap.node)!;
      this.addNode(configs, target);
      configs.add(target * this.slots + gap.max);
    }
  }

  /** The id of the state with these configurations (numbered when new), or DEAD for none. */
  private stateOf(configs: Set<number>): number {
    if (configs.size === 0) return DEAD;
    const sorted = Int32Array.from(configs).sort();
    const key = sorted.join(',');
    let state = this.stateIds.get(key);
    if (state === undefined) {
      state = this.stateConfigs.length;
      this.stateIds.set(key, state);
      this.stateConfigs.push(sorted);
      const ends = new Set<number>();
      for (const config of sorted) {
        if (config % this.slots !== 0) continue;
        for (const p of this.nodes[config / this.slots]!.ends) ends.add(p);
      }
      for (const p of ends) this.endsFlat.push(p);
      this.endsStart.push(this.endsFlat.length);
    }
    return state;
  }
}

/**
 * Transitions by (state, class): open addressing over typed arrays, at most half full. Absent entries read as
 * UNKNOWN.
 */
class TransitionTable {
  private states = new Int32Array(1 << 10).fill(-1);
  private classes = new Int32Array(1 << 10);
  private targets = new Int32Array(1 << 10);
  private size = 0;

  get(state: number, cls: number): number {
    const { states, classes } = this;
    const mask = states.length - 1;
    for (let slot = slotOf(state, cls, mask); states[slot] !== -1; slot = (slot + 1) & mask) {
      if (states[slot] === state && classes[slot] === cls) return this.targets[slot]!;
    }
    return UNKNOWN;
  }

  set(state: number, cls: number, target: number): void {
    if (2 * (this.size + 1) > this.states.length) this.grow();
    this.put(state, cls, target);
    this.size++;
  }

  private put(state: number, cls: number, target: number): void {
    const { states, classes, targets } = this;
    const mask = states.length - 1;
    let slot = slotOf(state, cls, mask);
    while (states[slot] !== -1) slot = (slot + 1) & mask;
    states[slot] = state;
    classes[slot] = cls;
    targets[slot] = target;
  }

  private grow(): void {
    const { states, classes, targets } = this;
    this.states = new Int32Array(2 * states.length).fill(-1);
    this.classes = new Int32Array(2 * states.length);
    this.targets = new Int32Array(2 * states.length);
    for (let slot = 0; slot < states.length; slot++) if (states[slot] !== -1) this.put(states[slot]!, classes[slot]!, targets[slot]!);
  }
}

function slotOf(state: number, cls: number, mask: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(cls, 0x85ebca6b)) >>> 7 & mask;
}
