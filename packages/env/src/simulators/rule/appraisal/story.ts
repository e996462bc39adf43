import type { Persona } from '../../../personas/types';
import { GenerationalCache } from '../../../core/generational-cache';
import type { Lexicon } from './lexicon/types';
import { mayContain, searchableText, writePairBits, type TextView } from './text';

/**
 * What a reply says about the persona's own story: which of its people and keywords it names, and whether it
 * reads the mind of one of those people by name ("Priya might feel...", "I suspect Tyler knows...", "叔叔可能
 * 是..."). The lexicons catch motives said with pronouns ("she may have felt", "他可能是"); people are just as
 * often named, and a name is persona-specific, so it is looked up here with the persona's own needles.
 */

interface StoryNeedles {
  /** Names of the story's people and its keywords, as they appear in a reply (for `names-people`). */
  readonly all: readonly string[];
  /** How many of `all`, from the start, are names of the story's people (for motives said by name). */
  readonly people: number;
  /**
   * The character-pair bits of every needle of `all`, one after another (needle i's are `pairBits[pairStart[i]]`
   * up to `pairStart[i + 1]`), to rule needles out without a search. Two flat arrays per persona rather than one
   * per needle: they are kept as long as the persona's cache entry.
   */
  readonly pairBits: readonly number[];
  readonly pairStart: readonly number[];
}

/**
 * Needles per persona, in a bounded cache rather than a WeakMap (WeakMap entries cost garbage-collector
 * bookkeeping on every generated persona). A persona used at least once per 64 others stays (a vector env of up
 * to 64 dialogues); a generated persona, used for one episode, ages out soon after, before the garbage collector
 * would promote it (a larger cache kept hundreds of dead personas alive, which made young collections slower).
 */
const needlesOf = new GenerationalCache<Persona, StoryNeedles>(64);

/**
 * Cleaned needles by raw name or keyword, per language. Generated personas draw names and keywords from small
 * pools, so cleaning (a regular expression per string) is done once per string rather than once per episode.
 */
const MAX_CLEANED = 8192;
const cleanedEn = new Map<string, string>();
const cleanedZh = new Map<string, string>();

function clean(raw: string, english: boolean): string {
  const cache = english ? cleanedEn : cleanedZh;
  let out = cache.get(raw);
  if (out === undefined) {
    out = english ? raw.toLowerCase().replace(/^(?:my|our|your|the)\s+/, '') : raw.replace(/^(?:我的|我)/, '');
    if (cache.size >= MAX_CLEANED) cache.clear();
    cache.set(raw, out);
  }
  return out;
}

// The needles of the persona used last: every appraisal of a dialogue reads the same persona's.
let lastPersona: Persona | undefined;
let lastNeedles: StoryNeedles | undefined;

function needles(persona: Persona, english: boolean): StoryNeedles {
  if (persona !== lastPersona) {
    let found = needlesOf.get(persona);
    if (!found) needlesOf.set(persona, (found = findNeedles(persona, english)));
    lastNeedles = found;
    lastPersona = persona;
  }
  return lastNeedles!;
}

function findNeedles(persona: Persona, english: boolean): StoryNeedles {
  // Distinct cleaned names of the story's people, then the distinct keywords that are not among them, each at
  // least 3 letters (2 Chinese characters) long. Plain loops: this runs for every new persona.
  const shortest = english ? 3 : 2;
  const all: string[] = [];
  for (const other of persona.others) {
    const name = clean(other.name, english);
    if (name.length >= shortest && !all.includes(name)) all.push(name);
  }
  const people = all.length;
  for (const keyword of persona.keywords) {
    const needle = clean(keyword, english);
    if (needle.length >= shortest && !all.includes(needle)) all.push(needle);
  }
  // Plain arrays: a typed array of more than 64 bytes is allocated outside the heap, over a microsecond each.
  const pairStart = [0];
  for (let i = 0; i < all.length; i++) pairStart.push(pairStart[i]! + all[i]!.length - 1);
  const pairBits = new Array<number>(pairStart[all.length]!).fill(0);
  all.forEach((needle, i) => writePairBits(needle, pairBits, pairStart[i]!));
  return { all, people, pairBits, pairStart };
}

/** Names of people in the story and story keywords the reply mentions (distinct). */
export function namedInReply(reply: TextView, persona: Persona, lexicon: Lexicon): string[] {
  const { all, pairBits, pairStart } = needles(persona, lexicon.language === 'en');
  const named: string[] = [];
  if (all.length === 0) return named;
  const haystack = searchableText(reply, lexicon);
  for (let i = 0; i < all.length; i++) {
    const needle = all[i]!;
    if (mayContain(haystack, pairBits, pairStart[i]!, pairStart[i + 1]!) && haystack.text.includes(needle)) named.push(needle);
  }
  return named;
}

// Words that, right after a person's name, read that person's mind: a guess (modal) or a mental state.
const EN_AFTER_NAME = new Set([
  'might', 'may', 'could', 'probably', 'perhaps', 'must', 'likely', 'maybe',
  'feels', 'felt', 'fears', 'feared', 'worries', 'worried', 'wants', 'wanted', 'needs', 'needed', 'thinks', 'thought',
  'knows', 'knew', 'cares', 'cared', 'seems', 'seemed', 'believes', 'believed', 'expects', 'expected', 'assumes', 'assumed',
  'struggles', 'struggled', 'hopes', 'hoped', 'resents', 'envies', 'avoids', 'avoided',
]);
// After "<name>'s": a reading of that person's inner side.
const EN_AFTER_POSSESSIVE = new Set([
  'own', 'fear', 'fears', 'insecurity', 'insecurities', 'pressure', 'side', 'perspective', 'reasons', 'reason', 'motive',
  'motives', 'intention', 'intentions', 'worries', 'worry', 'pride', 'guilt', 'shame', 'needs', 'view', 'mind', 'head',
]);
const ZH_AFTER_NAME = [
  '可能', '也许', '或许', '大概', '说不定', '兴许', '心里', '内心', '其实', '是不是', '担心', '害怕', '在乎', '在意', '不知道', '没有意识到',
  '没意识到', '觉得', '的顾虑', '的压力', '的出发点', '的苦衷', '的角度', '的立场', '的想法', '自己也', '也有', '未必',
];

/**
 * How often the reply reads the mind of one of the story's people by name: "Priya might be scared", "Tyler
 * knows it isn't right", "Chris's own insecurity", "叔叔可能是怕丢面子" (0-2).
 */
export function namedMotives(reply: TextView, persona: Persona, lexicon: Lexicon): number {
  const english = lexicon.language === 'en';
  const { all, people, pairBits, pairStart } = needles(persona, english);
  if (people === 0) return 0;
  const haystack = searchableText(reply, lexicon);
  const text = haystack.text;
  let count = 0;
  for (let i = 0; i < people; i++) {
    const name = all[i]!;
    if (!mayContain(haystack, pairBits, pairStart[i]!, pairStart[i + 1]!)) continue;
    for (let at = text.indexOf(name); at !== -1 && count < 2; at = text.indexOf(name, at + name.length)) {
      const after = at + name.length;
      if (english ? readsMindEn(text, after) : ZH_AFTER_NAME.some((w) => text.startsWith(w, after))) count++;
    }
  }
  return Math.min(2, count);
}

function readsMindEn(text: string, after: number): boolean {
  if (text.startsWith("'s ", after) || text.startsWith('\u2019s ', after)) return EN_AFTER_POSSESSIVE.has(wordAt(text, after + 3));
  if (text.charCodeAt(after) !== 32) return false;
  return EN_AFTER_NAME.has(wordAt(text, after + 1));
}

/** The lower-case word starting at `start` (letters only). */
function wordAt(text: string, start: number): string {
  let end = start;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c < 97 || c > 122) break;
    end++;
  }
  return text.slice(start, end);
}
