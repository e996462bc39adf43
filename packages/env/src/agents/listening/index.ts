import type { ChatMessage, Language } from '../../chat/messages';
import { readEn, type MessageReading } from './en';
import type { Heard } from './heard';
import { readZh } from './zh';

export type { Heard } from './heard';
export { detectLanguage, languageOf } from './language';
export { pushesBack } from './pushback';

/** How many of the user's latest messages feed feelings, people and efforts: older ones are stale. */
const RECENT_USER_MESSAGES = 3;

// Readings of recent messages, keyed by language and text. A dialogue re-reads its older messages at every
// turn (and an agent may realize several strategies per turn); reading is pure, so a small cache is safe.
const CACHE_LIMIT = 512;
const cache = new Map<string, MessageReading>();

/** What one user message says (cached). */
export function readMessage(text: string, language: Language): MessageReading {
  const key = language + text;
  const hit = cache.get(key);
  if (hit) {
    // Least recently used goes first: move a hit to the end.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const normalized = text.trim();
  const reading = language === 'zh' ? readZh(normalized) : readEn(normalized);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, reading);
  return reading;
}

/**
 * Read the user's side of the dialogue the way an attentive listener would: the feelings they named, the
 * people in their story, a clause of their latest message worth reflecting, and what they did. Only `user`
 * messages are read; `language` is the language to answer in (it picks the lexicon).
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
    if (recent.length < RECENT_USER_MESSAGES) recent.push(readMessage(message.content, language));
  }

  const feelings: string[] = [];
  for (const reading of recent) {
    // Within a message the last feeling named is the freshest.
    for (let i = reading.feelings.length - 1; i >= 0 && feelings.length < 3; i--) {
      const f = reading.feelings[i] as string;
      if (!feelings.includes(f)) feelings.push(f);
    }
  }

  // Most mentioned first; ties go to the most recent mention.
  const counts = new Map<string, { n: number; recency: number }>();
  recent.forEach((reading, age) => {
    for (const person of reading.people) {
      const entry = counts.get(person);
      if (entry) entry.n++;
      else counts.set(person, { n: 1, recency: -age });
    }
  });
  const people = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || b[1].recency - a[1].recency).map((e) => e[0]);

  let effort: string | undefined;
  let thing: string | undefined;
  for (const reading of recent) {
    effort ??= reading.effort;
    thing ??= reading.thing;
  }
  const phrase = recent[0]?.phrase;
  return {
    language,
    lastUser,
    feelings,
    people,
    ...(phrase !== undefined ? { phrase } : {}),
    ...(effort !== undefined ? { effort } : {}),
    ...(thing !== undefined ? { thing } : {}),
    asked: recent[0]?.asked ?? false,
    userTurns,
  };
}
