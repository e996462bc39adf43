/**
 * Reading a Chinese-speaking user: feeling words, people (names and relations), a clause worth reflecting,
 * what they did, what someone else did, and their question. Word lists are looked up through a
 * first-character index (see ../word-index.ts), so one message is read in a few linear passes.
 */
import { LazyReading, type MessageReading } from '../reading';
import { actInZh, ASKS_ZH, bestPhrase, effortIn, questionInZh } from './clauses';
import { feelingSpans } from './feelings';
import { personSpans } from './people';
import type { Span } from './spans';


/** One Chinese message, read: feelings and people at once, the rest on first use. */
class ZhReading extends LazyReading implements MessageReading {
  readonly feelings: readonly string[];
  readonly people: readonly string[];
  readonly thing = undefined;
  private readonly feelingSpans: readonly Span[];
  private readonly personSpans: readonly Span[];

  constructor(private readonly text: string) {
    super();
    this.feelingSpans = feelingSpans(text);
    this.personSpans = personSpans(text);
    this.feelings = this.feelingSpans.map((f) => f[2]);
    this.people = this.personSpans.map((p) => p[2]);
  }

  get phrase(): string | undefined {
    return this.once('phrase', () => bestPhrase(this.text, this.feelingSpans, this.personSpans));
  }

  get effort(): string | undefined {
    return this.once('effort', () => effortIn(this.text));
  }

  get question(): string | undefined {
    return this.once('question', () => questionInZh(this.text));
  }

  get act(): string | undefined {
    return this.once('act', () => actInZh(this.text, this.personSpans));
  }

  get asked(): boolean {
    return this.text.includes('？') || this.text.includes('?') || ASKS_ZH.test(this.text);
  }
}

/** Read one Chinese message. */
export function readZh(text: string): MessageReading {
  return new ZhReading(text);
}
