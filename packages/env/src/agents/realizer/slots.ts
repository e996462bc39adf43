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

/**
 * Slots over what was heard. The costly parts (the reflected clause, the user's effort, the question, what
 * someone else did) are read from the dialogue only when a template uses them.
 */
class HeardSlots implements Slots {
  readonly feeling: string | undefined;
  readonly feel: string;
  readonly person: string | undefined;
  readonly who: string;

  constructor(
    private readonly heard: Heard,
    private readonly language: 'en' | 'zh',
    turn: number,
    readonly feelingNamed: boolean,
  ) {
    this.person = heard.people[0];
    this.feeling = heard.feelings[0];
    const fallbacks = language === 'zh' ? FALLBACK_FEELINGS_ZH : FALLBACK_FEELINGS_EN;
    this.feel = feelingNamed ? (language === 'zh' ? '这样' : 'this way') : (this.feeling ?? (fallbacks[turn % fallbacks.length] as string));
    this.who = this.person ?? (language === 'zh' ? '对方' : 'the other person');
  }

  get phrase(): string | undefined {
    return this.heard.phrase;
  }

  get effort(): string | undefined {
    return this.heard.effort;
  }

  get act(): string | undefined {
    return this.heard.act;
  }

  get topic(): string {
    if (this.language === 'zh') return this.person ? `${this.person}的事` : '这件事';
    return this.heard.thing ?? (this.person ? `what happened with ${this.person}` : 'all of this');
  }

  get whyQuestion(): string | undefined {
    const q = this.heard.question;
    return q !== undefined && !isHowQuestion(q, this.language) ? q : undefined;
  }

  get howQuestion(): string | undefined {
    const q = this.heard.question;
    return q !== undefined && isHowQuestion(q, this.language) ? q : undefined;
  }
}

const HOW_EN = /^(?:how |what (?:you|we) (?:should|could|can|would|need to) )/;
const HOW_ZH = /怎么办|咋办|怎么(?:做|处理|开口|说|应对|面对)|该怎么/;

/** A question about what to do (rather than about why someone acted). */
function isHowQuestion(question: string, language: 'en' | 'zh'): boolean {
  return (language === 'zh' ? HOW_ZH : HOW_EN).test(question);
}

/**
 * The slots of what was heard; `turn` picks the fallback feeling. After a reflection lead (`afterLead`) the
 * feeling is referred back to ("this way", "这样"), not repeated.
 */
export function slotsFor(heard: Heard, language: 'en' | 'zh', turn: number, afterLead = false): Slots {
  return new HeardSlots(heard, language, turn, afterLead);
}

/** Capitalise the first letter (English sentence start). */
export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
