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
// Keyed by the text itself (one map per language), so V8's cached string hash makes a lookup cheap.
const CACHE_LIMIT = 512;
const caches: Readonly<Record<Language, Map<string, MessageReading>>> = { en: new Map(), zh: new Map() };

/** What one user message says (cached). */
export function readMessage(text: string, language: Language): MessageReading {
  const cache = caches[language];
  const hit = cache.get(text);
  if (hit) {
    // Least recently used goes first: move a hit to the end.
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const normalized = text.trim();
  const reading = language === 'zh' ? readZh(normalized) : readEn(normalized);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(text, reading);
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

  // Most mentioned first; ties go to the most recent mention (the newest message is read first and the
  // sort is stable).
  const counts = new Map<string, number>();
  for (const reading of recent) for (const person of reading.people) counts.set(person, (counts.get(person) ?? 0) + 1);
  const people = counts.size > 1 ? [...counts.keys()].sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number)) : [...counts.keys()];

  let effort: string | undefined;
  let thing: string | undefined;
  let act: string | undefined;
  for (const reading of recent) {
    effort ??= reading.effort;
    thing ??= reading.thing;
    act ??= reading.act;
  }
  const phrase = recent[0]?.phrase;
  const question = recent[0]?.question;
  return {
    language,
    lastUser,
    feelings,
    people,
    ...(phrase !== undefined ? { phrase } : {}),
    ...(effort !== undefined ? { effort } : {}),
    ...(thing !== undefined ? { thing } : {}),
    ...(act !== undefined ? { act } : {}),
    ...(question !== undefined ? { question } : {}),
    asked: recent[0]?.asked ?? false,
    userTurns,
  };
}
