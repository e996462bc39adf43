import type { ChatMessage, Language } from '../../chat/messages';
import { asksEn, effortEn, feelingsEn, peopleEn, phraseEn, thingEn } from './en';
import type { Heard } from './heard';
import { asksZh, effortZh, feelingsZh, peopleZh, phraseZh } from './zh';

export type { Heard } from './heard';
export { detectLanguage, languageOf } from './language';

/** How many of the user's latest messages feed feelings, people and efforts: older ones are stale. */
const RECENT_USER_MESSAGES = 3;

/**
 * Read the user's side of the dialogue the way an attentive listener would: the feelings they named, the
 * people in their story, a clause of their latest message worth reflecting, and what they did. Only `user`
 * messages are read; `language` is the language to answer in (it picks the lexicon).
 */
export function listen(messages: readonly ChatMessage[], language: Language): Heard {
  const recent: string[] = [];
  let userTurns = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i] as ChatMessage;
    if (message.role !== 'user') continue;
    userTurns++;
    if (recent.length < RECENT_USER_MESSAGES) recent.push(normalize(message.content));
  }
  const lastUser = recent[0] ?? '';
  const zh = language === 'zh';

  const feelings: string[] = [];
  for (const text of recent) {
    // Within a message the last feeling named is the freshest.
    const inMessage = zh ? feelingsZh(text) : feelingsEn(text);
    for (let i = inMessage.length - 1; i >= 0 && feelings.length < 3; i--) {
      const f = inMessage[i] as string;
      if (!feelings.includes(f)) feelings.push(f);
    }
  }

  // Most mentioned first; ties go to the most recent mention.
  const counts = new Map<string, { n: number; recency: number }>();
  recent.forEach((text, age) => {
    for (const person of zh ? peopleZh(text) : peopleEn(text)) {
      const entry = counts.get(person);
      if (entry) entry.n++;
      else counts.set(person, { n: 1, recency: -age });
    }
  });
  const people = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || b[1].recency - a[1].recency).map((e) => e[0]);

  let effort: string | undefined;
  let thing: string | undefined;
  for (const text of recent) {
    effort ??= zh ? effortZh(text) : effortEn(text);
    if (!zh) thing ??= thingEn(text);
  }

  const phrase = lastUser ? (zh ? phraseZh(lastUser) : phraseEn(lastUser)) : undefined;
  return {
    language,
    lastUser,
    feelings,
    people,
    ...(phrase !== undefined ? { phrase } : {}),
    ...(effort !== undefined ? { effort } : {}),
    ...(thing !== undefined ? { thing } : {}),
    asked: lastUser ? (zh ? asksZh(lastUser) : asksEn(lastUser)) : false,
    userTurns,
  };
}

// Curly apostrophes and stray whitespace would defeat the patterns.
function normalize(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").trim();
}
export { pushesBack } from './pushback';
