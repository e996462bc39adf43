import type { Heard } from '../listening/heard';

/**
 * The user's own material as a template sees it. Optional fields are what was actually heard; the `...Or`
 * fields are ready-made fallbacks so every template reads naturally whether or not the user named a
 * feeling or a person.
 */
export interface Slots {
  /** The freshest feeling the user named, if any. */
  readonly feeling: string | undefined;
  /** The feeling, or a gentle default when none was named. */
  readonly feel: string;
  /** The person most present in the user's story, if any. */
  readonly person: string | undefined;
  /** The person, or "the other person" / "对方". */
  readonly who: string;
  /** A clause of the user's latest message in the listener's voice, if a usable one was found. */
  readonly phrase: string | undefined;
  /** Something the user did or tried, in the listener's voice, if any. */
  readonly effort: string | undefined;
  /** What another person in the story did, in the listener's voice, if the user said. */
  readonly act: string | undefined;
  /** The user's question about why someone acted as they did ("why Tyler would do that", "他为什么这样对你"), if asked. */
  readonly whyQuestion: string | undefined;
  /** The user's question about what to do ("how you can ask him for the money back", "你该怎么办"), if asked. */
  readonly howQuestion: string | undefined;
  /** What the conversation is about, as a short noun phrase ("your project", "what happened with your manager", "这件事"). */
  readonly topic: string;
  /**
   * True when an earlier sentence of the same reply already named the feeling; `feel` is then a plain
   * back-reference ("this way", "这样") so the reply does not say the same word twice.
   */
  readonly feelingNamed: boolean;
}

// When the user named no feeling, a listener names a plausible one tentatively; rotating through a few
// keeps one guess from being repeated turn after turn. Each reads well after "feel", "feeling" and "how".
const FALLBACK_FEELINGS_EN = ['weighed down', 'shaken up', 'worn down', 'unsettled'];
const FALLBACK_FEELINGS_ZH = ['难受', '不好受', '心累', '压抑'];

/** Build English slots from what was heard; `turn` picks the fallback feeling. */
export function slotsEn(heard: Heard, turn = 0): Slots {
  const person = heard.people[0];
  const feeling = heard.feelings[0];
  return {
    feeling,
    feel: feeling ?? (FALLBACK_FEELINGS_EN[turn % FALLBACK_FEELINGS_EN.length] as string),
    person,
    who: person ?? 'the other person',
    phrase: heard.phrase,
    effort: heard.effort,
    topic: heard.thing ?? (person ? `what happened with ${person}` : 'all of this'),
    feelingNamed: false,
    act: heard.act,
    ...questionsEn(heard.question),
  };
}

/** Build Chinese slots from what was heard; `turn` picks the fallback feeling. */
export function slotsZh(heard: Heard, turn = 0): Slots {
  const person = heard.people[0];
  const feeling = heard.feelings[0];
  return {
    feeling,
    feel: feeling ?? (FALLBACK_FEELINGS_ZH[turn % FALLBACK_FEELINGS_ZH.length] as string),
    person,
    who: person ?? '对方',
    phrase: heard.phrase,
    effort: heard.effort,
    topic: person ? `${person}的事` : '这件事',
    feelingNamed: false,
    act: heard.act,
    ...questionsZh(heard.question),
  };
}

function questionsEn(question: string | undefined): Pick<Slots, 'whyQuestion' | 'howQuestion'> {
  if (question === undefined) return { whyQuestion: undefined, howQuestion: undefined };
  const how = question.startsWith('how ') || /^what (?:you|we) (?:should|could|can|would|need to) /.test(question);
  return { whyQuestion: how ? undefined : question, howQuestion: how ? question : undefined };
}

const HOW_ZH = /怎么办|咋办|怎么(?:做|处理|开口|说|应对|面对)|该怎么/;

function questionsZh(question: string | undefined): Pick<Slots, 'whyQuestion' | 'howQuestion'> {
  if (question === undefined) return { whyQuestion: undefined, howQuestion: undefined };
  const how = HOW_ZH.test(question);
  return { whyQuestion: how ? undefined : question, howQuestion: how ? question : undefined };
}

/** The slots for the sentences that follow a reflection lead: the feeling is referred back to, not repeated. */
export function afterLead(slots: Slots, language: 'en' | 'zh'): Slots {
  return { ...slots, feel: language === 'zh' ? '这样' : 'this way', feelingNamed: true };
}

/** Capitalise the first letter (English sentence start). */
export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
