/** What one user message says, in the listener's voice (English or Chinese). */
export interface MessageReading {
  /** Feelings in order of appearance (canonical adjectives). */
  readonly feelings: readonly string[];
  /** People in order of appearance ("your manager", "Zhang Hao"). */
  readonly people: readonly string[];
  /** The clause most worth reflecting back, person-shifted, if any. */
  readonly phrase: string | undefined;
  /** Something the user did or tried, person-shifted, if any. */
  readonly effort: string | undefined;
  /** A thing of the user's ("your project"), if any. */
  readonly thing: string | undefined;
  /** The message asks the listener something. */
  readonly asked: boolean;
  /** What another person in the story did, person-shifted ("Tyler can spend on concerts but not pay you back"), if said. */
  readonly act: string | undefined;
  /**
   * The user's latest why/what/how question as an indirect clause in the listener's voice ("why Tyler would
   * spend on concerts but not pay you back"), ready to embed ("As for why ..."), if there is one.
   */
  readonly question: string | undefined;
}


/**
 * Base of a language's reading: the costlier parts of a message (clauses, the question) are read on first use
 * and kept, since an agent usually needs only some of them.
 */
export abstract class LazyReading {
  private readonly memo = new Map<string, string | undefined>();

  /** `compute()` the first time `key` is asked for; the same value afterwards. */
  protected once(key: string, compute: () => string | undefined): string | undefined {
    if (this.memo.has(key)) return this.memo.get(key);
    const value = compute();
    this.memo.set(key, value);
    return value;
  }
}
