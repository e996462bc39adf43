/**
 * Reading an English-speaking user: feeling words, people, a clause worth reflecting, what they did, what
 * someone else did, and their question. The message is tokenized once (see ../tokens.ts) and everything
 * else is Set/Map lookups over the tokens.
 */
import type { MessageReading } from '../reading';
import { tokenize, type Token } from '../tokens';
import { actIn, bestClause, effortAt, lowerFirst } from './clauses';
import { feelingsIn } from './feelings';
import { nameAt, relationAt, thingAt } from './people';
import { ASKS, questionIn } from './questions';
import { SHIFT, shiftedText } from './shift';

export { shiftPersonEn } from './shift';

/**
 * One English message, read: tokenized once; feelings and people at once (every reply uses them), the rest
 * on first use (a reply in one strategy needs only some of it, and reading costs time on every turn).
 */
class EnReading implements MessageReading {
  readonly feelings: readonly string[];
  readonly people: readonly string[];
  private readonly tokens: readonly Token[];
  private readonly feelingAt: ReadonlySet<number>;
  private readonly personAt: ReadonlySet<number>;
  private readonly memo = new Map<string, string | undefined>();

  constructor(private readonly text: string) {
    this.tokens = tokenize(text);
    const feelingHits = feelingsIn(this.tokens);
    this.feelings = feelingHits.map((f) => f[1]);
    this.feelingAt = new Set(feelingHits.map((f) => f[0]));
    const people: string[] = [];
    const personAt = new Set<number>();
    for (let i = 0; i < this.tokens.length; i++) {
      const found = relationAt(this.tokens, i) ?? nameAt(this.tokens, i);
      if (!found) continue;
      people.push(found[0]);
      personAt.add(i);
      i += found[1] - 1;
    }
    this.people = people;
    this.personAt = personAt;
  }

  private once(key: string, compute: () => string | undefined): string | undefined {
    if (this.memo.has(key)) return this.memo.get(key);
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  get phrase(): string | undefined {
    return this.once('phrase', () => {
      const range = bestClause(this.tokens, this.feelingAt, this.personAt);
      if (!range) return undefined;
      const first = this.tokens[range[0]] as Token;
      return lowerFirst(shiftedText(this.text, this.tokens, range[0], range[1]), SHIFT[first.lower] ?? first.lower);
    });
  }

  get effort(): string | undefined {
    return this.once('effort', () => {
      for (let i = 0; i < this.tokens.length; i++) {
        const effort = effortAt(this.text, this.tokens, i);
        if (effort !== undefined) return effort;
      }
      return undefined;
    });
  }

  get thing(): string | undefined {
    return this.once('thing', () => {
      for (let i = 0; i < this.tokens.length; i++) {
        const thing = thingAt(this.tokens, i);
        if (thing !== undefined) return thing;
      }
      return undefined;
    });
  }

  get question(): string | undefined {
    return this.once('question', () => questionIn(this.text, this.tokens));
  }

  get act(): string | undefined {
    return this.once('act', () => actIn(this.text, this.tokens, this.personAt, this.question));
  }

  get asked(): boolean {
    if (this.text.includes('?')) return true;
    const lower = this.text.toLowerCase();
    return ASKS.some((a) => lower.includes(a));
  }
}

/** Read one English message. */
export function readEn(text: string): MessageReading {
  return new EnReading(text);
}

/** Every feeling the text expresses, canonical, in order of appearance. */
export function feelingsEn(text: string): string[] {
  return feelingsIn(tokenize(text)).map((f) => f[1]);
}

/** People mentioned in the text, in the listener's voice ("your manager", "Zhang Hao"), in order of appearance. */
export function peopleEn(text: string): string[] {
  return [...readEn(text).people];
}

/** The clause of `message` most worth reflecting back, in the listener's voice, or undefined. */
export function phraseEn(message: string): string | undefined {
  return readEn(message).phrase;
}

/** Something the user says they did or tried, in the listener's voice, or undefined. */
export function effortEn(message: string): string | undefined {
  return readEn(message).effort;
}
