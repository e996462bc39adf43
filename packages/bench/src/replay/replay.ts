import {
  EMOTION_FAILURE_BELOW,
  EMOTION_MAX,
  deriveSeed,
  pearson,
  signAgreement,
  type Appraisal,
  type DialogueState,
  type Difficulty,
  type UserSimulator,
} from '@rlver/env';
import type { RecordedDialogue, RecordedReply } from './recorded';
import { roundedMean } from '../score/exact';

/**
 * Replaying a recorded dialogue: the simulator sees the recorded history up to each recorded agent reply and
 * appraises that reply, giving its own change next to the recorded one.
 *
 * The replayed emotion starts at the recording's initial emotion and adds the simulator's changes, capped at
 * 100. When it reaches 100 or falls below 10 the SAGE protocol would have ended the dialogue there (success or
 * failure), so the replayed final emotion is frozen at that point; the later recorded replies are still
 * appraised for the per-turn pairs (they are still judgements of real replies in a real context), but they no
 * longer move the replayed emotion. When the recording ends first (the recorded user reached 100, left, or
 * the round limit came), the replay ends with it: replies that were never written cannot be judged.
 */

/** Options of {@link replayDialogue}. */
export interface ReplayOptions {
  /** Difficulty given to the simulator (default 'vanilla'; SAGE's judge is closest to it). */
  readonly difficulty?: Difficulty;
  /** `maxTurns` in the simulator's state (default: 9 agent replies, SAGE's 10 rounds minus the opening). */
  readonly maxTurns?: number;
}

/** A replayed dialogue. */
export interface ReplayedDialogue {
  readonly id: string;
  readonly file: string;
  /** Per appraised reply: [recorded change, simulated change]. */
  readonly pairs: ReadonlyArray<readonly [recorded: number, simulated: number]>;
  /** The replayed final emotion. */
  readonly finalEmotion: number;
  /** Set when the replayed emotion ended the dialogue before the recording did. */
  readonly endedEarly?: { readonly afterReply: number; readonly outcome: 'success' | 'failure' };
  /** The recorded final emotion. */
  readonly recordedFinal: number;
  /** The simulator's appraisals, one per recorded reply. */
  readonly appraisals: readonly Appraisal[];
}

/** SAGE's 10 rounds count the user's opening message: 9 appraised agent replies. */
export const SAGE_APPRAISED_REPLIES = 9;

/**
 * The simulator's state when it appraises `recorded` in a replay of `dialogue`: the recorded persona, turn and
 * history, with the given emotion before the reply and the appraisals of the earlier replies.
 */
export function replayState(dialogue: RecordedDialogue, recorded: RecordedReply, emotion: number, appraisals: readonly Appraisal[], options: ReplayOptions = {}): DialogueState {
  return {
    persona: dialogue.persona,
    language: dialogue.persona.language,
    difficulty: options.difficulty ?? 'vanilla',
    emotion,
    initialEmotion: dialogue.initialEmotion,
    turn: recorded.turn,
    maxTurns: Math.max(options.maxTurns ?? SAGE_APPRAISED_REPLIES, dialogue.replies.length),
    history: recorded.history,
    appraisals,
    seed: deriveSeed('replay', dialogue.id),
  };
}

/** Replay one recorded dialogue with a simulator (see the module comment for the rules). */
export async function replayDialogue(dialogue: RecordedDialogue, simulator: UserSimulator, options: ReplayOptions = {}): Promise<ReplayedDialogue> {
  const pairs: Array<readonly [number, number]> = [];
  const appraisals: Appraisal[] = [];
  let emotion = dialogue.initialEmotion;
  let endedEarly: ReplayedDialogue['endedEarly'];
  for (const recorded of dialogue.replies) {
    const appraisal = await simulator.appraise(replayState(dialogue, recorded, emotion, appraisals.slice(), options), recorded.reply);
    appraisals.push(appraisal);
    pairs.push([recorded.recordedChange, appraisal.change]);
    if (endedEarly) continue;
    emotion = Math.min(EMOTION_MAX, emotion + appraisal.change);
    if (emotion >= EMOTION_MAX) endedEarly = { afterReply: recorded.turn, outcome: 'success' };
    else if (emotion < EMOTION_FAILURE_BELOW) endedEarly = { afterReply: recorded.turn, outcome: 'failure' };
  }
  // A replay that ends on the recording's last reply is not "early".
  if (endedEarly && endedEarly.afterReply === dialogue.replies.length - 1) endedEarly = undefined;
  const base = { id: dialogue.id, file: dialogue.file, pairs, finalEmotion: emotion, recordedFinal: dialogue.recordedFinal, appraisals };
  return endedEarly ? { ...base, endedEarly } : base;
}

/** Agreement of one replayed file with its recording. */
export interface FileReplay {
  readonly file: string;
  readonly dialogues: number;
  /** All [recorded, simulated] pairs of the file, dialogue by dialogue. */
  readonly pairs: ReadonlyArray<readonly [number, number]>;
  /** Mean replayed final emotion, rounded half up to one decimal as SAGE scores are. */
  readonly replayScore: number;
  /** Mean recorded final emotion (the recording's own score), same rounding. */
  readonly recordedScore: number;
  /** Pearson correlation of recorded and simulated per-turn changes. */
  readonly pearson: number;
  /** Share of turns where both changes have the same sign. */
  readonly signAgreement: number;
  /** Replays the replayed emotion ended before the recording did. */
  readonly endedEarly: number;
  readonly replays: readonly ReplayedDialogue[];
}

/** Replay every dialogue of one file and summarise the agreement. */
export async function replayDialogues(file: string, dialogues: readonly RecordedDialogue[], simulator: UserSimulator, options: ReplayOptions = {}): Promise<FileReplay> {
  const replays: ReplayedDialogue[] = [];
  for (const d of dialogues) replays.push(await replayDialogue(d, simulator, options));
  return summarizeReplays(file, replays);
}

/** Summarise replayed dialogues of one file. */
export function summarizeReplays(file: string, replays: readonly ReplayedDialogue[]): FileReplay {
  const pairs = replays.flatMap((r) => r.pairs);
  const recorded = pairs.map((p) => p[0]);
  const simulated = pairs.map((p) => p[1]);
  const n = replays.length;
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  return {
    file,
    dialogues: n,
    pairs,
    replayScore: n ? roundedMean(sum(replays.map((r) => r.finalEmotion)), n, 1) : NaN,
    recordedScore: n ? roundedMean(sum(replays.map((r) => r.recordedFinal)), n, 1) : NaN,
    pearson: pearson(recorded, simulated),
    signAgreement: signAgreement(recorded, simulated),
    endedEarly: replays.filter((r) => r.endedEarly).length,
    replays,
  };
}
