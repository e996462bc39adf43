/** Feeling words in English user messages, found on tokens (see ../tokens.ts). */
import type { Token } from '../tokens';

/**
 * Feeling words -> the canonical adjective a reply can use after "feeling", "you feel" and
 * "how ... you feel". Multi-word entries are matched on consecutive tokens.
 */
const FEELINGS: Readonly<Record<string, string>> = {
  frustrated: 'frustrated', frustrating: 'frustrated', frustration: 'frustrated',
  angry: 'angry', furious: 'furious', pissed: 'angry', livid: 'furious', mad: 'angry',
  annoyed: 'annoyed', irritated: 'annoyed', resentful: 'resentful', bitter: 'bitter',
  hurt: 'hurt', hurts: 'hurt', hurtful: 'hurt', wounded: 'hurt',
  sad: 'sad', upset: 'upset', miserable: 'miserable', depressed: 'low', heartbroken: 'heartbroken',
  crushed: 'crushed', devastated: 'devastated', gutted: 'gutted',
  exhausted: 'exhausted', tired: 'tired', drained: 'drained', 'worn out': 'worn out', 'burned out': 'burned out',
  'burnt out': 'burned out', 'fed up': 'fed up', 'sick of': 'fed up', 'so done': 'fed up', 'had enough': 'fed up',
  anxious: 'anxious', nervous: 'nervous', worried: 'worried', scared: 'scared', afraid: 'scared',
  terrified: 'scared', panicking: 'panicked', panicked: 'panicked', stressed: 'stressed',
  overwhelmed: 'overwhelmed', swamped: 'overwhelmed', lonely: 'lonely', isolated: 'isolated', 'left out': 'left out',
  confused: 'confused', conflicted: 'torn', disappointed: 'disappointed', 'let down': 'let down',
  ignored: 'ignored', invisible: 'invisible', unseen: 'invisible', unappreciated: 'unappreciated',
  undervalued: 'unappreciated', overlooked: 'overlooked', 'taken for granted': 'taken for granted',
  guilty: 'guilty', ashamed: 'ashamed', embarrassed: 'embarrassed', humiliated: 'humiliated',
  betrayed: 'betrayed', jealous: 'jealous', helpless: 'helpless', hopeless: 'hopeless', powerless: 'powerless',
  insecure: 'insecure', unfair: 'wronged', disrespected: 'disrespected', dismissed: 'dismissed',
  blamed: 'blamed', misunderstood: 'misunderstood', rejected: 'rejected', abandoned: 'abandoned',
};

/** Words that are feelings only right after "feel": "I feel lost" (but not "I lost my keys"). */
const AFTER_FEEL: Readonly<Record<string, string>> = {
  lost: 'lost', used: 'used', alone: 'alone', small: 'small', stupid: 'stupid', trapped: 'trapped',
  stuck: 'stuck', useless: 'useless', empty: 'empty', numb: 'numb', awful: 'awful', terrible: 'awful',
  down: 'down', bad: 'bad', torn: 'torn', 'like a failure': 'defeated', 'like an idiot': 'stupid',
};
const FEEL_VERBS = new Set(['feel', 'feels', 'feeling', 'felt']);
export const INTENSIFIERS = new Set(['so', 'really', 'very', 'pretty', 'totally', 'completely', 'just', 'kind', 'kinda', 'sort', 'of', 'a', 'bit', 'little', 'quite', 'incredibly', 'super', 'extremely', 'utterly']);
const NEGATIONS = new Set(['not', 'never', 'no']);

/** Phrase tables keyed by their first word, longest phrase first. */
function byFirstWord(table: Readonly<Record<string, string>>): Map<string, Array<[readonly string[], string]>> {
  const out = new Map<string, Array<[readonly string[], string]>>();
  for (const [phrase, value] of Object.entries(table)) {
    const words = phrase.split(' ');
    const list = out.get(words[0] as string) ?? [];
    list.push([words, value]);
    out.set(words[0] as string, list);
  }
  for (const list of out.values()) list.sort((a, b) => b[0].length - a[0].length);
  return out;
}
const FEELING_INDEX = byFirstWord(FEELINGS);
const AFTER_FEEL_INDEX = byFirstWord(AFTER_FEEL);

/** The phrase of `index` that starts at token `i`: [value, number of tokens], or undefined. */
export function matchAt(tokens: readonly Token[], i: number, index: Map<string, Array<[readonly string[], string]>>): [string, number] | undefined {
  const first = tokens[i];
  if (!first || first.punct) return undefined;
  const candidates = index.get(first.lower);
  if (!candidates) return undefined;
  outer: for (const [words, value] of candidates) {
    for (let k = 1; k < words.length; k++) {
      const t = tokens[i + k];
      if (!t || t.lower !== words[k]) continue outer;
    }
    return [value, words.length];
  }
  return undefined;
}

export function isNegation(t: Token | undefined): boolean {
  return t !== undefined && !t.punct && (NEGATIONS.has(t.lower) || t.lower.endsWith("n't"));
}

/**
 * The feeling expressed at token `i`, if any: [index of its first word, canonical feeling, index after it].
 * Handles "feel (so) lost" and multi-word feelings ("taken for granted"); a negated feeling ("not upset",
 * "not really angry") is not reflected back.
 */
export function feelingAt(tokens: readonly Token[], i: number): [number, string, number] | undefined {
  const t = tokens[i] as Token;
  if (FEEL_VERBS.has(t.lower)) {
    let j = i + 1;
    while (tokens[j] && INTENSIFIERS.has((tokens[j] as Token).lower) && !AFTER_FEEL_INDEX.has((tokens[j] as Token).lower)) j++;
    const m = matchAt(tokens, j, AFTER_FEEL_INDEX);
    if (m && !isNegation(tokens[i - 1]) && !isNegation(tokens[i - 2])) return [j, m[0], j + m[1]];
  }
  const m = matchAt(tokens, i, FEELING_INDEX);
  if (!m) return undefined;
  if (isNegation(tokens[i - 1]) || (isNegation(tokens[i - 2]) && INTENSIFIERS.has(tokens[i - 1]?.lower ?? ''))) return [i, '', i + m[1]];
  return [i, m[0], i + m[1]];
}

/** Words that may start a feeling (a feeling word, or "feel" before one): the only tokens worth a closer look. */
export const FEELING_TRIGGERS: ReadonlySet<string> = new Set([...FEEL_VERBS, ...FEELING_INDEX.keys()]);
