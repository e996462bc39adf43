import type { ChatMessage, Language } from '../../chat/messages';
import { InvalidOptionError } from '../../core/errors';
import { deriveSeed } from '../../core/rng';
import { listen } from '../listening';
import type { Heard } from '../listening/heard';
import { parseStrategy, type Strategy } from '../strategies';
import { slotsFor, type Slots } from './slots';
import { LEADS_EN, TEMPLATES_EN, type Template } from './templates-en';
import { LEADS_ZH, TEMPLATES_ZH } from './templates-zh';

/** Options of {@link realizeStrategy}. */
export interface RealizeOptions {
  /** Language of the reply. */
  readonly language: Language;
  /** Seed of the wording choices (an episode or agent seed). */
  readonly seed: number;
  /** Turn index (number of agent replies so far): consecutive turns get different wordings. */
  readonly turn: number;
  /**
   * Open with a one-sentence reflection of the user's feeling before the strategy itself (ignored for
   * `reflect-feelings`). What an attentive listener does before advising, explaining or praising.
   */
  readonly leadWithReflection?: boolean;
}

/** Reply length bounds the templates are written to (checked by the tests). */
export const REPLY_LENGTH = {
  /** English words. */
  en: { min: 25, max: 70 },
  /** Chinese characters (all characters, punctuation included). */
  zh: { min: 40, max: 120 },
} as const;

const TEMPLATES: Readonly<Record<Language, Readonly<Record<Strategy, readonly Template[]>>>> = { en: TEMPLATES_EN, zh: TEMPLATES_ZH };
const LEADS: Readonly<Record<Language, readonly Template[]>> = { en: LEADS_EN, zh: LEADS_ZH };

/**
 * Turn a response strategy into a reply to the dialogue so far, in English or Chinese: one to four natural
 * sentences built from the user's own words (their feelings, the people in their story, a clause of their
 * latest message, what they did), in the listener's voice. Deterministic: the same strategy, messages and
 * options give the same reply; the wording variant moves with `turn` so consecutive turns differ.
 *
 * @throws InvalidOptionError for an unknown strategy, language, or a non-integer seed/turn.
 */
export function realizeStrategy(strategy: Strategy, messages: readonly ChatMessage[], options: RealizeOptions): string {
  checkOptions(strategy, options);
  return realizeHeard(strategy, listen(messages, options.language), options);
}

/**
 * {@link realizeStrategy} from an already computed {@link Heard}, optionally after `opening` sentences of
 * the caller's own (e.g. an agent acknowledging that its last reply missed). Length is kept within
 * {@link REPLY_LENGTH} by dropping trailing sentences.
 */
export function realizeHeard(strategy: Strategy, heard: Heard, options: RealizeOptions, opening: readonly string[] = []): string {
  const { language, seed, turn } = options;
  const slots: Slots = slotsFor(heard, language, turn);
  const lead = options.leadWithReflection && strategy !== 'reflect-feelings' ? pick(LEADS[language], seed, turn, 'lead')(slots) : [];
  const mainSlots = lead.length ? slotsFor(heard, language, turn, true) : slots;
  const main = pick(TEMPLATES[language][strategy], seed, turn, strategy)(mainSlots).filter((sentence) => sentence.length > 0);
  return fit([...opening, ...lead, ...main], language);
}

/**
 * The variant for this turn: a seeded starting point and a seeded stride through the variants, so that
 * within one dialogue no variant comes back before all the others have been used (the variant counts are
 * prime, so any stride visits them all).
 */
function pick(variants: readonly Template[], seed: number, turn: number, purpose: string): Template {
  const n = variants.length;
  const start = deriveSeed(seed, purpose, 'start') % n;
  const stride = n > 1 ? 1 + (deriveSeed(seed, purpose, 'stride') % (n - 1)) : 0;
  return variants[(start + turn * stride) % n] as Template;
}

/** A reply has at most this many sentences: more is a speech, not a listener's turn. */
const MAX_SENTENCES = 4;

/** Length (in {@link REPLY_LENGTH} units) and sentence count of a text, in one pass. */
function measure(text: string, language: Language): { length: number; sentences: number } {
  let words = 0;
  let sentences = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
    // . ? ! at a sentence end (followed by a space or the end), or a Chinese full stop / question / exclamation mark.
    if (c === 0x3002 || c === 0xff1f || c === 0xff01) sentences++;
    else if ((c === 46 || c === 63 || c === 33) && (i + 1 === text.length || text.charCodeAt(i + 1) === 32)) sentences++;
  }
  return { length: language === 'zh' ? text.length : words, sentences };
}

/**
 * Join sentences, dropping trailing ones (never the first) while the reply is over the length bound or has
 * more than {@link MAX_SENTENCES} sentences.
 */
function fit(sentences: readonly string[], language: Language): string {
  const joiner = language === 'zh' ? '' : ' ';
  const max = REPLY_LENGTH[language].max;
  // Measure each part once; dropping a trailing part then only subtracts.
  const parts = sentences.map((sentence) => measure(sentence, language));
  let length = 0;
  let count = 0;
  for (const part of parts) {
    length += part.length;
    count += part.sentences;
  }
  let kept = sentences.length;
  while (kept > 1 && (length > max || count > MAX_SENTENCES)) {
    kept--;
    length -= (parts[kept] as { length: number }).length;
    count -= (parts[kept] as { sentences: number }).sentences;
  }
  return (kept === sentences.length ? sentences : sentences.slice(0, kept)).join(joiner);
}

/** Reply length in the unit of {@link REPLY_LENGTH}: words for English, characters for Chinese. */
export function replyLength(text: string, language: Language): number {
  return measure(text, language).length;
}

function checkOptions(strategy: unknown, options: RealizeOptions): void {
  parseStrategy(strategy);
  if (options.language !== 'en' && options.language !== 'zh') throw new InvalidOptionError('language', options.language, '"en" or "zh"');
  if (!Number.isInteger(options.seed)) throw new InvalidOptionError('seed', options.seed, 'an integer');
  if (!Number.isInteger(options.turn) || options.turn < 0) throw new InvalidOptionError('turn', options.turn, 'a non-negative integer');
}
