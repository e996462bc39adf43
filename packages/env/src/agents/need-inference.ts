import type { ChatMessage, Language } from '../chat/messages';
import { GenerationalCache } from '../core/generational-cache';
import { HIDDEN_NEEDS, type HiddenNeed } from '../personas/types';
import { detectLanguage } from './listening/language';
import { CUES_EN } from './need-cues/en';
import type { CueTable } from './need-cues/types';
import { CUES_ZH } from './need-cues/zh';

/**
 * What the user's words say about their hidden need. Read from `user` messages only: the need itself is
 * privileged simulator state that an agent never sees.
 */
export interface NeedInference {
  /** Evidence for each need (recency-weighted cue counts; 0 = no cue). */
  readonly scores: Readonly<Record<HiddenNeed, number>>;
  /** The needs ordered by evidence, strongest first (ties keep the order of HIDDEN_NEEDS). */
  readonly ranked: readonly HiddenNeed[];
  /** The need with the most evidence, or undefined when the user's words carry no cue at all. */
  readonly top: HiddenNeed | undefined;
  /** Share of the evidence that goes to `top` (0 when there is none): how sure the guess is. */
  readonly confidence: number;
}

/** Options of {@link inferNeeds}. */
export interface InferNeedsOptions {
  /** Lexicon to use; by default the language of each message (Chinese characters -> zh). */
  readonly language?: Language;
}

interface CompiledCues {
  readonly strong: RegExp;
  readonly weak: RegExp;
}

function compile(table: CueTable, flags: string): ReadonlyArray<readonly [HiddenNeed, CompiledCues]> {
  return HIDDEN_NEEDS.map((need) => {
    const { strong, weak } = table[need];
    return [need, { strong: new RegExp(strong.map((s) => `(?:${s})`).join('|'), flags), weak: new RegExp(weak.map((s) => `(?:${s})`).join('|'), flags) }] as const;
  });
}

const COMPILED: Readonly<Record<Language, ReadonlyArray<readonly [HiddenNeed, CompiledCues]>>> = {
  // English cues are written in lower case and matched against the lower-cased text: case-insensitive
  // regular expressions are markedly slower.
  en: compile(CUES_EN, 'g'),
  zh: compile(CUES_ZH, 'g'),
};

const STRONG_WEIGHT = 2;
const WEAK_WEIGHT = 0.5;
// A cue counted more than this many times in one message is one person repeating themselves, not more evidence.
const MAX_MATCHES_PER_MESSAGE = 2;
// The latest message counts fully, older ones fade (but never vanish: the opening often states the problem).
const RECENCY_DECAY = 0.7;
const MIN_RECENCY_WEIGHT = 0.2;

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < MAX_MATCHES_PER_MESSAGE && re.exec(text) !== null) n++;
  return n;
}

// Cue counts of recent messages: a dialogue re-reads all its user messages at every turn; counting is pure.
// 256 per generation: 256-512 messages kept.
const caches: Readonly<Record<Language, GenerationalCache<string, Readonly<Record<HiddenNeed, number>>>>> = { en: new GenerationalCache(256), zh: new GenerationalCache(256) };

/** Evidence for each need in one message (not recency-weighted). */
export function needCuesIn(text: string, language: Language = detectLanguage(text)): Readonly<Record<HiddenNeed, number>> {
  const cache = caches[language];
  const hit = cache.get(text);
  if (hit) return hit;
  const scores = emptyScores();
  const folded = language === 'en' ? text.toLowerCase().replace(/\u2019/g, "'") : text;
  for (const [need, cues] of COMPILED[language]) {
    scores[need] = STRONG_WEIGHT * countMatches(cues.strong, folded) + WEAK_WEIGHT * countMatches(cues.weak, folded);
  }
  cache.set(text, scores);
  return scores;
}

/**
 * Infer the user's hidden need from their words (English or Chinese): recency-weighted cue counts over all
 * `user` messages, e.g. "why would she..." / "我想不通他为什么" point to others-motives, "what should I do" /
 * "怎么办" to practical-advice, "凭什么怪我" to blameless-validation.
 */
export function inferNeeds(messages: readonly ChatMessage[], options: InferNeedsOptions = {}): NeedInference {
  const scores = emptyScores();
  let age = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i] as ChatMessage;
    if (message.role !== 'user') continue;
    const weight = Math.max(MIN_RECENCY_WEIGHT, RECENCY_DECAY ** age);
    const inMessage = needCuesIn(message.content, options.language ?? detectLanguage(message.content));
    for (const need of HIDDEN_NEEDS) scores[need] += weight * inMessage[need];
    age++;
  }
  const ranked = [...HIDDEN_NEEDS].sort((a, b) => scores[b] - scores[a]);
  const best = ranked[0] as HiddenNeed;
  let total = 0;
  for (const need of HIDDEN_NEEDS) total += scores[need];
  return {
    scores,
    ranked,
    top: total > 0 ? best : undefined,
    confidence: total > 0 ? scores[best] / total : 0,
  };
}

function emptyScores(): Record<HiddenNeed, number> {
  return {
    'blameless-validation': 0,
    'guided-reflection': 0,
    'balanced-analysis': 0,
    'deep-empathy': 0,
    'attentive-listening': 0,
    'others-motives': 0,
    'practical-advice': 0,
    'specific-praise': 0,
  };
}
