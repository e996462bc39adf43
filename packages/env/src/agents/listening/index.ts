import type { ChatMessage, Language } from '../../chat/messages';
import { GenerationalCache } from '../../core/generational-cache';
import { readEn } from './en';
import type { MessageReading } from './reading';
import type { Heard } from './heard';
import { readZh } from './zh';

export type { Heard } from './heard';
export { detectLanguage, languageOf } from './language';
export { pushesBack } from './pushback';

/** How many of the user's latest messages feed feelings and efforts: older ones are stale. */
const RECENT_USER_MESSAGES = 3;
/** People are counted over the whole dialogue (as SAGE runs it): the main person of a story comes up again and again. */
const PEOPLE_MESSAGES = 10;

// Readings of recent messages, keyed by language and text. A dialogue re-reads its older messages at every
// turn (and an agent may realize several strategies per turn); reading is pure, so a small cache is safe.
// Keyed by the text itself (one map per language), so V8's cached string hash makes a lookup cheap. Small
// on purpose: a reading holds its tokens, and a large cache of them gets promoted to the old generation,
// where collecting it costs more than re-reading (measured: 512 entries made replies 1.7x slower).
// 64 per generation: 64-128 readings kept.
const caches: Readonly<Record<Language, GenerationalCache<string, MessageReading>>> = { en: new GenerationalCache(64), zh: new GenerationalCache(64) };

/** What one user message says (cached). */
export function readMessage(text: string, language: Language): MessageReading {
  const cache = caches[language];
  const hit = cache.get(text);
  if (hit) return hit;
  const normalized = text.trim();
  const reading = language === 'zh' ? readZh(normalized) : readEn(normalized);
  cache.set(text, reading);
  return reading;
}

/**
 * Read the user's side of the dialogue the way an attentive listener would: the feelings they named, the
 * people in their story, a clause of their latest message worth reflecting, and what they did. Only `user`
 * messages are read; `language` is the language to answer in (it picks the lexicon). Feelings and people
 * are read at once; the rest when first asked for.
 */
export function listen(messages: readonly ChatMessage[], language: Language): Heard {
  const recent: MessageReading[] = [];
  let lastUser = '';
  let userTurns = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i] as ChatMessage;
    if (message.role !== 'user') continue;
    if (userTurns === 0) lastUser = message.content.trim();
    userTurns++;
    if (recent.length < PEOPLE_MESSAGES) recent.push(readMessage(message.content, language));
  }
  return new HeardDialogue(language, lastUser, userTurns, recent);
}

/** {@link Heard} over the readings of the recent user messages, newest first. */
class HeardDialogue implements Heard {
  readonly feelings: readonly string[];
  readonly people: readonly string[];

  private readonly recent: readonly MessageReading[];

  constructor(
    readonly language: Language,
    readonly lastUser: string,
    readonly userTurns: number,
    readings: readonly MessageReading[],
  ) {
    this.recent = readings.slice(0, RECENT_USER_MESSAGES);
    const feelings: string[] = [];
    for (const reading of this.recent) {
      // Within a message the last feeling named is the freshest.
      for (let i = reading.feelings.length - 1; i >= 0 && feelings.length < 3; i--) {
        const f = reading.feelings[i] as string;
        if (!feelings.includes(f)) feelings.push(f);
      }
    }
    this.feelings = feelings;
    // Most mentioned first; ties go to the most recent mention (the newest message is read first and the
    // sort is stable).
    const counts = new Map<string, number>();
    for (const reading of readings) for (const person of reading.people) counts.set(person, (counts.get(person) ?? 0) + 1);
    this.people = counts.size > 1 ? [...counts.keys()].sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number)) : [...counts.keys()];
  }

  /** The latest message's own reflection clause and question: older ones are stale. */
  get phrase(): string | undefined {
    return this.recent[0]?.phrase;
  }

  get question(): string | undefined {
    return this.recent[0]?.question;
  }

  get asked(): boolean {
    return this.recent[0]?.asked ?? false;
  }

  /** What the user did, a thing of theirs, what someone else did: the most recent message that says it. */
  get effort(): string | undefined {
    return this.firstOf((r) => r.effort);
  }

  get thing(): string | undefined {
    return this.firstOf((r) => r.thing);
  }

  get act(): string | undefined {
    return this.firstOf((r) => r.act);
  }

  private firstOf(get: (reading: MessageReading) => string | undefined): string | undefined {
    for (const reading of this.recent) {
      const value = get(reading);
      if (value !== undefined) return value;
    }
    return undefined;
  }
}
