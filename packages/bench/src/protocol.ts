/**
 * The numbers of the Sentient Benchmark (SAGE) protocol, in one place, so that every run records them and every
 * default comes from here.
 */

/** SAGE dialogues last at most this many rounds, counting the user's preset first message as round 1. */
export const SAGE_ROUNDS = 10;

/** SAGE starts every simulated user at this emotion. */
export const SAGE_INITIAL_EMOTION = 40;

/** Id of the environment every benchmark dialogue runs in. */
export const BENCH_ENV_ID = 'RLVER/EmpatheticChat-v0';

/**
 * Number of appraised agent replies in a dialogue of `rounds` SAGE rounds.
 *
 * Round k is user message k followed by agent reply k; agent reply k is appraised in user message k + 1. The
 * recorded SAGE dialogues that run to the limit have 20 messages and end with agent reply 10, which no user
 * message follows: it is never appraised and cannot change the score. So `rounds` rounds give `rounds - 1`
 * appraised replies, which is the environment's `maxTurns`. The bench does not ask the agent for the
 * unappraised last reply (it would cost an agent call and change nothing); its truncated dialogues therefore end
 * with the user's last message (19 messages for 10 rounds).
 */
export function appraisedRepliesForRounds(rounds: number): number {
  return rounds - 1;
}

/** The SAGE emotion band label of a final emotion, as in result rows: `Emotion-S`, `Emotion-A`, ... */
export function emotionStateLabel(band: 'S' | 'A' | 'B' | 'C' | 'F'): string {
  return `Emotion-${band}`;
}
