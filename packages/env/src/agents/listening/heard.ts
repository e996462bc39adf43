import type { Language } from '../../chat/messages';

/**
 * What a listener picked up from the user's words: the raw material a reply weaves in so that it is about
 * this user's story and not a template. Everything here comes from the `user` messages only (never from
 * privileged simulator state), already turned into the listener's voice ("my manager" becomes "your
 * manager", "我妈" becomes "你妈妈").
 */
export interface Heard {
  readonly language: Language;
  /** The user's latest message, trimmed ('' when the user has not spoken). */
  readonly lastUser: string;
  /** Feeling words the user used, in a canonical form ("frustrated", "委屈"), most recent first, at most 3. */
  readonly feelings: readonly string[];
  /** People in the user's story as the listener names them ("your manager", "Zhang Hao", "你妈妈"), most mentioned first. */
  readonly people: readonly string[];
  /** A short clause of the latest message in the listener's voice ("your manager took credit for your work"). */
  readonly phrase?: string;
  /** Something the user did or tried, in the listener's voice ("you stayed late every night"). */
  readonly effort?: string;
  /** What another person in the story did, in the listener's voice ("Tyler can spend on concerts but not pay you back"). */
  readonly act?: string;
  /** A thing of the user's ("your project"); English only. */
  readonly thing?: string;
  /** True when the latest message asks the listener something. */
  readonly asked: boolean;
  /**
   * The latest message's why/how question as an embeddable clause in the listener's voice ("why Tyler would
   * do that", "他为什么总是这样对你"), if it asked one.
   */
  readonly question?: string;
  /** How many times the user has spoken. */
  readonly userTurns: number;
}
