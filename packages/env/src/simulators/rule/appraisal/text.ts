import { EnglishWords, type WordFacts } from './lexicon/english-words';
import { countPhrases, phraseAutomaton, type PhraseSet, type Token } from './lexicon/phrases';
import { englishTokens } from './lexicon/tokenize';
import type { Lexicon } from './lexicon/types';
import { GenerationalCache } from '../../../core/generational-cache';
import { TokenSet } from './token-set';

/**
 * What the appraisal measures on one text, computed once per (lexicon, text): length, question marks, content
 * tokens (for grounding, parroting and repetition) and, on demand, the reply-pattern and user-signal counts. A
 * dialogue's messages are read again at every later turn, so views are memoised in a bounded cache keyed by the
 * text itself. The cache only saves work: a view is a pure function of its text, so results are the same with
 * or without it, and no dialogue state lives in it.
 *
 * Views are kept small on purpose: a cached view outlives a few young-generation garbage collections, and what
 * survives them is what they cost. So a view keeps measurements, not the token list it was measured from (see
 * {@link TextView.tokens}).
 */
export interface TextView {
  /** The text itself (the cache key). */
  readonly text: string;
  /** Length in the lexicon's unit (English words, Chinese characters without spaces). */
  readonly units: number;
  readonly questionMarks: number;
  /**
   * Content tokens, distinct, in order of first occurrence: adjacent-ideograph pairs (Chinese) or hashed word
   * stems of 3+ letters (English), minus stop tokens.
   */
  readonly content: readonly number[];
  /**
   * The tokens, until the text's first pattern counts are taken: every text the appraisal reads has its counts
   * taken at once (a reply's reply patterns, a user message's signals), after which the list is dropped. Counts
   * of the other kind, rarely wanted, tokenize the text again.
   */
  tokens?: readonly Token[];
  /**
   * English texts read through a word table (see `english-words.ts`) have word ids instead of `tokens`, with
   * the table they index; dropped likewise once the counts are taken.
   */
  wordIds?: readonly number[];
  words?: EnglishWords;
  /** Reply-pattern counts (indexed like `lexicon.reply.ids`), computed on first use. */
  replyCounts?: Int32Array;
  /** User-signal counts capped at 2 (indexed like `lexicon.user.ids`), computed on first use. */
  userCounts?: Int32Array;
  /** The text prepared for substring search, computed on first use (see {@link searchableText}). */
  searchable?: SearchableText;
  /** Markdown structure, computed on first use (see {@link markdownOf}). */
  markdown?: MarkdownShape;
}

/**
 * Views kept per lexicon, in two generations (see {@link GenerationalCache}), so that the texts a dialogue
 * keeps rereading stay cached while one-off texts age out. A dialogue rereads its messages at each of its
 * turns, and between two turns of one dialogue a vector env of N dialogues adds about 2N new texts, so 512 per
 * generation keeps every live message of up to ~250 concurrent dialogues. It is no larger because a view that
 * outlives two young-generation garbage collections is promoted to the old generation, and most views are read
 * only within one dialogue.
 */
const GENERATION_SIZE = 512;

const caches = new WeakMap<Lexicon, GenerationalCache<string, TextView>>();
const stopCodes = new WeakMap<Lexicon, TokenSet>();

// The cache of the lexicon used last: an appraisal reads a dozen views of one lexicon in a row.
let lastLexicon: Lexicon | undefined;
let lastCache: GenerationalCache<string, TextView> | undefined;

/** The view of a text (memoised). */
export function viewText(text: string, lexicon: Lexicon): TextView {
  let cache = lexicon === lastLexicon ? lastCache : caches.get(lexicon);
  if (!cache) caches.set(lexicon, (cache = new GenerationalCache(GENERATION_SIZE)));
  lastLexicon = lexicon;
  lastCache = cache;
  let view = cache.get(text);
  if (!view) cache.set(text, (view = computeView(text, lexicon)));
  return view;
}

/**
 * Count `set`'s patterns in a viewed text into `counts`, with the text's tokens (or word ids), which are handed
 * over once (see {@link TextView.tokens}); a text counted a second time is tokenized again.
 */
function countPatterns(view: TextView, lexicon: Lexicon, set: PhraseSet<string>, counts: Int32Array): void {
  const words = view.words ?? englishWordsOf(lexicon);
  if (words) {
    const ids = view.wordIds ?? scanWords(view.text, words);
    const n = ids.length;
    if (classScratch.length < n) classScratch = new Int32Array(2 * n);
    const automaton = phraseAutomaton(set, lexicon.isEnd);
    words.classesOf(ids, n, automaton, classScratch);
    automaton.countClasses(classScratch, n, counts);
  } else {
    countPhrases(set, view.tokens ?? lexicon.tokenize(view.text), lexicon.isEnd, counts);
  }
  view.tokens = undefined;
  view.wordIds = undefined;
}

let classScratch = new Int32Array(256);

/**
 * The word table of a lexicon that tokenizes with `englishTokens` (undefined for any other lexicon). A table
 * that has grown past MAX_WORDS (replies bring new words forever) is replaced by a fresh one; views made with
 * the old one keep it.
 */
function englishWordsOf(lexicon: Lexicon): EnglishWords | undefined {
  if (lexicon.tokenize !== englishTokens) return undefined;
  let words = wordTables.get(lexicon);
  if (!words || words.size > MAX_WORDS) {
    const stops = stopSet(lexicon);
    words = new EnglishWords((word) => wordFacts(word, lexicon, stops));
    wordTables.set(lexicon, words);
  }
  return words;
}

const MAX_WORDS = 100_000;
const wordTables = new WeakMap<Lexicon, EnglishWords>();

/** What the view needs of one English token: the same tests as the token path of `computeView`. */
function wordFacts(word: string, lexicon: Lexicon, stops: TokenSet): WordFacts {
  const unit = isWordToken(word);
  let content = -1;
  if (unit && word.length >= 3) {
    const hash = stemHash(word);
    if (!stops.has(hash)) content = hash;
  }
  return { unit, questionMark: lexicon.isQuestionMark(word), content };
}

/** The word ids of a text's tokens. */
function scanWords(text: string, words: EnglishWords): number[] {
  const ids: number[] = [];
  words.scan(text.toLowerCase(), ids);
  return ids;
}

/**
 * A zeroed Int32Array for a text's pattern counts, carved from a shared 64 KB buffer. `new Int32Array(n)` of
 * more than 64 bytes gets a buffer of its own outside the JavaScript heap, which costs over a microsecond to
 * allocate and more to collect; a view onto a shared buffer is an ordinary small object. (A buffer is freed
 * when every array carved from it is.)
 */
function countsArray(length: number): Int32Array {
  const bytes = 4 * length;
  if (slabUsed + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  const counts = new Int32Array(slab, slabUsed, length);
  slabUsed += bytes;
  return counts;
}

const SLAB_BYTES = 1 << 16;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

/** Reply-pattern counts of a text. */
export function replyCounts(view: TextView, lexicon: Lexicon): Int32Array {
  if (!view.replyCounts) {
    const counts = countsArray(lexicon.reply.ids.length);
    countPatterns(view, lexicon, lexicon.reply, counts);
    view.replyCounts = counts;
  }
  return view.replyCounts;
}

/**
 * User-signal counts of a text, each capped at 2 (a signal said twice is strong; more adds nothing, and a
 * user who repeats "..." is not five times as exasperated).
 */
export function userCounts(view: TextView, lexicon: Lexicon): Int32Array {
  if (!view.userCounts) {
    const counts = countsArray(lexicon.user.ids.length);
    countPatterns(view, lexicon, lexicon.user, counts);
    for (let i = 0; i < counts.length; i++) if (counts[i]! > 2) counts[i] = 2;
    view.userCounts = counts;
  }
  return view.userCounts;
}

/**
 * A text prepared for looking up short needles in it (the persona's names and keywords, `story.ts`): the text
 * as needles are matched against it (lower-cased in English, as is in Chinese) and a bitset of the adjacent
 * character pairs it contains. A needle with a pair that is not in the set cannot occur in the text, which rules
 * out nearly every needle without a string search (a search per needle per reply was most of the cost).
 */
export interface SearchableText {
  readonly text: string;
  /** Bit {@link pairBit}(a, b) is set for every adjacent pair of characters (a, b) of `text`. */
  readonly pairs: readonly number[];
}

/** The searchable form of a text (memoised with its view). */
export function searchableText(view: TextView, lexicon: Lexicon): SearchableText {
  if (!view.searchable) {
    const text = view.text;
    const haystack = lexicon.language === 'en' ? text.toLowerCase() : text;
    // 16-bit words in a plain array: small integers stay unboxed on the heap (see `countsArray` on typed arrays).
    const pairs: number[] = new Array<number>(PAIR_BITS >>> 4).fill(0);
    for (let i = 1; i < haystack.length; i++) {
      const bit = pairBit(haystack.charCodeAt(i - 1), haystack.charCodeAt(i));
      pairs[bit >>> 4]! |= 1 << (bit & 15);
    }
    view.searchable = { text: haystack, pairs };
  }
  return view.searchable;
}

const PAIR_BITS = 2048;

/** The bit of an adjacent character pair in {@link SearchableText.pairs}. */
export function pairBit(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 21;
}

/** Write the pair bits of a needle (of at least two characters) into `bits` from `at`, for {@link mayContain}. */
export function writePairBits(needle: string, bits: number[], at: number): void {
  for (let i = 1; i < needle.length; i++) bits[at + i - 1] = pairBit(needle.charCodeAt(i - 1), needle.charCodeAt(i));
}

/**
 * False when a needle cannot occur in the text, judged by its pair bits `bits[from]` up to `bits[to]`
 * (true means: search to be sure).
 */
export function mayContain(haystack: SearchableText, bits: readonly number[], from: number, to: number): boolean {
  const pairs = haystack.pairs;
  for (let i = from; i < to; i++) {
    const bit = bits[i]!;
    if ((pairs[bit >>> 4]! & (1 << (bit & 15))) === 0) return false;
  }
  return true;
}

function computeView(text: string, lexicon: Lexicon): TextView {
  const words = englishWordsOf(lexicon);
  if (words) return computeEnglishView(text, words);
  const tokens = lexicon.tokenize(text);
  let questionMarks = 0;
  for (const t of tokens) if (lexicon.isQuestionMark(t)) questionMarks++;
  const stops = stopSet(lexicon);
  // Content tokens are kept distinct through a hash set, in order of first occurrence: overlaps are counted
  // through sets (see TokenSet), so no order is needed, and sorting a typed array costs microseconds.
  const seen = seenScratch.reset(tokens.length);
  const content = contentScratch;
  content.length = 0;
  let units = 0;
  if (lexicon.lengthUnit === 'chars') {
    units = tokens.length;
    let prev = -1;
    for (const t of tokens) {
      const code = t as number;
      if (isIdeograph(code)) {
        if (prev >= 0) {
          const pair = bigramCode(prev, code);
          if (!stops.has(pair) && seen.add(pair)) content.push(pair);
        }
        prev = code;
      } else {
        prev = -1;
      }
    }
  } else {
    for (const t of tokens) {
      const word = t as string;
      if (!isWordToken(word)) continue;
      units++;
      if (word.length < 3) continue;
      const hash = stemHash(word);
      if (!stops.has(hash) && seen.add(hash)) content.push(hash);
    }
  }
  return { text, units, questionMarks, content: content.slice(), tokens };
}

/** {@link computeView} of an English text, through the word table: the same measurements, a lookup per token. */
function computeEnglishView(text: string, words: EnglishWords): TextView {
  const ids = scanWords(text, words);
  const seen = seenScratch.reset(ids.length);
  const content = contentScratch;
  content.length = 0;
  let units = 0;
  let questionMarks = 0;
  const { units: isUnit, questionMarks: isQuestionMark, contents } = words;
  for (let j = 0; j < ids.length; j++) {
    const id = ids[j]!;
    units += isUnit[id]!;
    questionMarks += isQuestionMark[id]!;
    const token = contents[id]!;
    if (token !== -1 && seen.add(token)) content.push(token);
  }
  return { text, units, questionMarks, content: content.slice(), wordIds: ids, words };
}

/** Reused between calls (views are computed synchronously, one at a time). */
const contentScratch: number[] = [];
const seenScratch = new TokenSet();

function stopSet(lexicon: Lexicon): TokenSet {
  let set = stopCodes.get(lexicon);
  if (!set) {
    // A Chinese stop pair with a character that is not an ideograph can never match a content pair.
    const codes =
      lexicon.lengthUnit === 'chars'
        ? [...lexicon.stopTokens].filter((t) => isIdeograph(t.charCodeAt(0)) && isIdeograph(t.charCodeAt(1))).map((t) => bigramCode(t.charCodeAt(0), t.charCodeAt(1)))
        : [...lexicon.stopTokens].map((t) => hashWord(stem(t)));
    set = new TokenSet().reset(codes.length);
    for (const code of codes) set.add(code);
    stopCodes.set(lexicon, set);
  }
  return set;
}

/**
 * A pair of ideographs as one integer below 2^30, so that content arrays hold small integers (unboxed) and
 * overlaps compare integers: twice as fast as with `a * 65536 + b`, which exceeds 2^31.
 */
function bigramCode(a: number, b: number): number {
  return (a - FIRST_IDEOGRAPH) * IDEOGRAPHS + (b - FIRST_IDEOGRAPH);
}

const FIRST_IDEOGRAPH = 0x4e00;
const IDEOGRAPHS = 0x9fff - FIRST_IDEOGRAPH + 1;

function isIdeograph(code: number): boolean {
  return code >= FIRST_IDEOGRAPH && code <= 0x9fff;
}

function isWordToken(token: string): boolean {
  const code = token.charCodeAt(0);
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code >= 0xdf;
}

/** FNV-1a over a word, 32 bits. Collisions among a few hundred words are negligible for overlap ratios. */
export function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * `hashWord(stem(word))` without building the stem: the stem is always a prefix of the word, plus a final "y"
 * for "-ies", so it is hashed straight from the word (one English word per content token, every new text).
 */
export function stemHash(word: string): number {
  let end = word.length;
  if (end >= 2 && word.charCodeAt(end - 1) === 115 && word.charCodeAt(end - 2) === 39) end -= 2; // 's
  let y = false;
  if (end > 5 && endsAt(word, end, 'ies')) {
    end -= 3;
    y = true;
  } else {
    for (const suffix of STEM_SUFFIXES) {
      if (end - suffix.length >= 4 && endsAt(word, end, suffix)) {
        end -= suffix.length;
        break;
      }
    }
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < end; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  if (y) {
    h ^= 121;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const STEM_SUFFIXES = ['ing', 'ed', 'es', 'ly', 's'] as const;

/** Does `word.slice(0, end)` end with `suffix`? */
function endsAt(word: string, end: number, suffix: string): boolean {
  const from = end - suffix.length;
  if (from < 0) return false;
  for (let i = 0; i < suffix.length; i++) if (word.charCodeAt(from + i) !== suffix.charCodeAt(i)) return false;
  return true;
}

/** A crude English stem: enough to match "frustrated" with "frustrating" and "brothers" with "brother". */
export function stem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w.length > 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  for (const suffix of ['ing', 'ed', 'es', 'ly', 's']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

const BOLD = /\*\*[^*\n]+\*\*|__[^_\n]+__/g;
const HEADER = /^[ \t]*#{1,6}\s/gm;
const LIST_ITEM = /^[ \t]*(?:\d{1,2}[.、)）]|[-*•·])[ \t]*\S/gm;
const RULE = /^[ \t]*(?:-{3,}|\*{3,})[ \t]*$/gm;

/** Markdown structure of a reply: bold spans, headers (and rules), list items. */
export interface MarkdownShape {
  readonly bold: number;
  readonly headers: number;
  readonly listItems: number;
}

const NO_MARKDOWN: MarkdownShape = { bold: 0, headers: 0, listItems: 0 };

/** The markdown structure of a text (memoised with its view). */
export function markdownOf(view: TextView): MarkdownShape {
  view.markdown ??= markdownShape(view.text);
  return view.markdown;
}

/** Count markdown structure in a reply (quick substring tests skip the patterns plain prose cannot match). */
export function markdownShape(text: string): MarkdownShape {
  const multiline = text.includes('\n');
  const bold = text.includes('**') || text.includes('__') ? (text.match(BOLD)?.length ?? 0) : 0;
  const headers = (text.includes('#') ? (text.match(HEADER)?.length ?? 0) : 0) + (multiline && (text.includes('---') || text.includes('***')) ? (text.match(RULE)?.length ?? 0) : 0);
  const listItems = multiline || LIST_START.test(text) ? (text.match(LIST_ITEM)?.length ?? 0) : 0;
  if (bold === 0 && headers === 0 && listItems === 0) return NO_MARKDOWN;
  return { bold, headers, listItems };
}

/** A text whose first line could be a list item. */
const LIST_START = /^[ \t]*(?:\d|[-*•·])/;
