import type { Lexicon, ReplyPatternId, UserSignalId } from './lexicon/types';
import { markdownOf, replyCounts, userCounts, viewText, type MarkdownShape, type TextView } from './text';

/** What the appraisal found on the surface of one reply: pattern counts, questions, length and markdown. */
export interface ReplySurface {
  /** Matches per reply pattern. */
  readonly counts: Readonly<Record<ReplyPatternId, number>>;
  /** The same counts indexed like `REPLY_PATTERN_IDS`. */
  readonly raw: Int32Array;
  /** Question marks. */
  readonly questions: number;
  /** Length in the lexicon's unit (words or characters). */
  readonly units: number;
  readonly markdown: MarkdownShape;
}

/** Count every reply pattern of the lexicon in `reply`. */
export function readReplySurface(reply: string, lexicon: Lexicon, view: TextView = viewText(reply, lexicon)): ReplySurface {
  const raw = replyCounts(view, lexicon);
  const counts = {} as Record<ReplyPatternId, number>;
  const ids = lexicon.reply.ids;
  for (let i = 0; i < ids.length; i++) counts[ids[i]!] = raw[i]!;
  return { counts, raw, questions: view.questionMarks, units: view.units, markdown: markdownOf(view) };
}

/** What the user's latest message says about the previous reply (mood) and what the user wants now. */
export interface UserSignals {
  /** Matches per user signal, capped at 2 (a signal said twice is strong; more adds nothing). */
  readonly counts: Readonly<Record<UserSignalId, number>>;
  /** The message asks something. */
  readonly asked: boolean;
}

/**
 * Read the mood and requests in one user message. Exported so the rule simulator's voice can check that the
 * hints and requests it writes are understood by the appraisal.
 */
export function readUserSignals(text: string, lexicon: Lexicon): UserSignals {
  const view = viewText(text, lexicon);
  const raw = userCounts(view, lexicon);
  const counts = {} as Record<UserSignalId, number>;
  const ids = lexicon.user.ids;
  for (let i = 0; i < ids.length; i++) counts[ids[i]!] = raw[i]!;
  return { counts, asked: view.questionMarks > 0 };
}

/** Patterns that show a reply gives something besides questions. */
const GIVING_PATTERNS: readonly ReplyPatternId[] = ['feeling-frame', 'validation', 'motive', 'balance', 'advice', 'praise', 'presence'];
const givingIndex = new WeakMap<Lexicon, readonly number[]>();

/** Is this reply only questions (gives the user nothing back)? */
export function isQuestionOnly(view: TextView, lexicon: Lexicon): boolean {
  if (view.questionMarks === 0 || view.units > lexicon.lengthScale) return false;
  let indices = givingIndex.get(lexicon);
  if (!indices) givingIndex.set(lexicon, (indices = GIVING_PATTERNS.map((id) => lexicon.reply.ids.indexOf(id))));
  const counts = replyCounts(view, lexicon);
  for (const i of indices) if (counts[i]! > 0) return false;
  return true;
}
