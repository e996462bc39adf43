import { Wrapper, type Env, type Info, type StepResult } from '../core/env';

/** How a reply's `<think>` markup was read. */
export type ThinkFormat =
  /** No think markup: the whole reply is said. */
  | 'none'
  /** One or more well-formed `<think>...</think>` blocks: removed, the rest is said. */
  | 'ok'
  /**
   * A `</think>` with no opening tag (chat templates that pre-fill `<think>` produce this): everything before the
   * last `</think>` is the thought, the rest is said.
   */
  | 'missing-open'
  /** A `<think>` that is never closed (the model ran out mid-thought): nothing after it is said. */
  | 'unclosed';

/** Result of {@link splitThought}. */
export interface SplitThought {
  /** What the user sees (trimmed). */
  readonly say: string;
  /** The thought(s), joined by blank lines; empty when there was none. */
  readonly thought: string;
  readonly format: ThinkFormat;
}

const BLOCK = /<think>([\s\S]*?)<\/think>/gi;

/**
 * Separate a reasoning model's thought from its reply. The rules, in order:
 * 1. every well-formed `<think>...</think>` block is removed (its text becomes the thought);
 * 2. a remaining `</think>` without an opening tag ends a thought that started at the beginning of the reply;
 * 3. a remaining `<think>` that is never closed starts a thought that runs to the end: only the text before it
 *    is said (possibly nothing: an empty reply, which the simulated user judges as such).
 */
export function splitThought(reply: string): SplitThought {
  const thoughts: string[] = [];
  let rest = reply.replace(BLOCK, (_, inner: string) => {
    thoughts.push(inner.trim());
    return '';
  });
  let format: ThinkFormat = thoughts.length > 0 ? 'ok' : 'none';
  const strayClose = rest.toLowerCase().lastIndexOf('</think>');
  if (strayClose >= 0) {
    thoughts.unshift(rest.slice(0, strayClose).replace(/<\/?think>/gi, '').trim());
    rest = rest.slice(strayClose + '</think>'.length);
    format = 'missing-open';
  }
  const open = rest.toLowerCase().indexOf('<think>');
  if (open >= 0) {
    thoughts.push(rest.slice(open + '<think>'.length).trim());
    rest = rest.slice(0, open);
    format = 'unclosed';
  }
  return { say: rest.trim(), thought: thoughts.filter((t) => t.length > 0).join('\n\n'), format };
}

/** Info added by {@link ThinkThenSay}. */
export type ThinkThenSayInfo = { thought: string; thinkFormat: ThinkFormat };

/**
 * Lets an agent think before it speaks: the action may contain `<think>...</think>`; the thought is removed
 * before the simulated user sees the reply (see {@link splitThought} for malformed markup) and is returned in
 * `info.thought` with `info.thinkFormat`.
 */
export class ThinkThenSay<O, I extends Info = Info> extends Wrapper<O, string, I & ThinkThenSayInfo, I> {
  constructor(env: Env<O, string, I>) {
    super(env);
  }

  override async step(action: string): Promise<StepResult<O, I & ThinkThenSayInfo>> {
    // Non-strings go through untouched so the inner env reports them with its own error.
    if (typeof action !== 'string') return (await this.env.step(action)) as StepResult<O, I & ThinkThenSayInfo>;
    const { say, thought, format } = splitThought(action);
    const [observation, reward, terminated, truncated, info] = await this.env.step(say);
    return [observation, reward, terminated, truncated, { ...info, thought, thinkFormat: format }];
  }
}
