/**
 * Reading an English-speaking user: feeling words, people, a clause worth reflecting, what they did, what
 * someone else did, and their question. The message is tokenized once (see ../tokens.ts) and everything
 * else is Set/Map lookups over the tokens.
 */
import { LazyReading, type MessageReading } from '../reading';
import { tokenize, type Token } from '../tokens';
import { actIn, bestClause, effortAt, lowerFirst } from './clauses';
import { feelingAt, FEELING_TRIGGERS } from './feelings';
import { nameAt, POSSESSIVES, relationAt, thingAt } from './people';
import { ASKS, questionIn } from './questions';
import { SHIFT, shiftedText } from './shift';

// What a word may start: a feeling, or a person ("my boss", "a coworker"). Names are found by capital letter.
const FEELING = 1;
const POSSESSIVE = 2;
const ROLES: ReadonlyMap<string, number> = (() => {
  const roles = new Map<string, number>();
  for (const word of FEELING_TRIGGERS) roles.set(word, (roles.get(word) ?? 0) | FEELING);
  for (const word of POSSESSIVES) roles.set(word, (roles.get(word) ?? 0) | POSSESSIVE);
  return roles;
})();

/**
 * One English message, read: tokenized once; feelings and people at once (every reply uses them), the rest
 * on first use (a reply in one strategy needs only some of it, and reading costs time on every turn).
 */
class EnReading extends LazyReading implements MessageReading {
  readonly feelings: readonly string[];
  readonly people: readonly string[];
  private readonly tokens: readonly Token[];
  private readonly feelingAt: ReadonlySet<number>;
  private readonly personAt: ReadonlySet<number>;

  constructor(private readonly text: string) {
    super();
    const tokens = tokenize(text);
    this.tokens = tokens;
    const feelings: string[] = [];
    const feelingAtIndex = new Set<number>();
    const people: string[] = [];
    const personAt = new Set<number>();
    // One pass, one table lookup per word: most words start neither a feeling nor a person.
    let feelingsFrom = 0;
    let peopleFrom = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.punct) continue;
      const role = ROLES.get(t.lower) ?? 0;
      if (role & FEELING && i >= feelingsFrom) {
        const hit = feelingAt(tokens, i);
        if (hit) {
          if (hit[1]) {
            feelings.push(hit[1]);
            feelingAtIndex.add(hit[0]);
          }
          feelingsFrom = hit[2];
        }
      }
      if ((role & POSSESSIVE || t.capital) && i >= peopleFrom) {
        const found = relationAt(tokens, i) ?? nameAt(tokens, i);
        if (found) {
          people.push(found[0]);
          personAt.add(i);
          peopleFrom = i + found[1];
        }
      }
    }
    this.feelings = feelings;
    this.feelingAt = feelingAtIndex;
    this.people = people;
    this.personAt = personAt;
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
