import type { ChatObservation } from '@rlver/env';
import { InvalidOptionError } from '@rlver/env';
import type { ObservationEncoder } from './encoder';
import { fnv1a } from './hash';
import { userLanguage, visitNgrams } from './tokens';

/** Options of {@link DialogueEncoder} (saved with a policy, so a checkpoint rebuilds the same encoder). */
export interface DialogueEncoderOptions {
  /** Hash buckets per text block (default 1024). More buckets, fewer collisions, a wider first layer. */
  readonly hashBuckets?: number;
  /** Turns after which the turn feature saturates (default 10, the SAGE dialogue length). */
  readonly maxTurns?: number;
}

const LAST_BLOCK_SEED = 0x811c9dc5;
const EARLIER_BLOCK_SEED = 0x2a3b4c5d;

/**
 * A bag-of-n-grams encoder over what the user has said, and only that: no persona, hidden need or emotion (the
 * privileged state stays in the env's `info`). Features, each block L2-normalised:
 * - the user's last message: hashed n-grams (what they just asked for or reacted to);
 * - the user's earlier messages: hashed n-grams (the story, from which the hidden need shows);
 * - the turn (one-hot up to `maxTurns`), the language, and the last message's length and question mark.
 *
 * N-grams are English words and bigrams, Chinese characters and character bigrams (see `visitNgrams`), counted
 * with `log(1 + count)` into buckets by a hash, so the vocabulary is open and no fitting is needed.
 */
export class DialogueEncoder implements ObservationEncoder<ChatObservation> {
  readonly hashBuckets: number;
  readonly maxTurns: number;
  readonly size: number;
  private readonly turnOffset: number;
  private readonly extraOffset: number;

  constructor(options: DialogueEncoderOptions = {}) {
    this.hashBuckets = options.hashBuckets ?? 1024;
    this.maxTurns = options.maxTurns ?? 10;
    if (!Number.isInteger(this.hashBuckets) || this.hashBuckets < 8) throw new InvalidOptionError('hashBuckets', this.hashBuckets, 'an integer >= 8');
    if (!Number.isInteger(this.maxTurns) || this.maxTurns < 1) throw new InvalidOptionError('maxTurns', this.maxTurns, 'a positive integer');
    this.turnOffset = 2 * this.hashBuckets;
    this.extraOffset = this.turnOffset + this.maxTurns + 1;
    this.size = this.extraOffset + 4;
  }

  describe(): Record<string, unknown> {
    return { hashBuckets: this.hashBuckets, maxTurns: this.maxTurns };
  }

  encodeInto(observation: ChatObservation, out: Float32Array, offset: number): void {
    let lastUser = -1;
    let turn = 0;
    for (let i = 0; i < observation.length; i++) {
      const role = observation[i]!.role;
      if (role === 'user') lastUser = i;
      else if (role === 'assistant') turn += 1;
    }
    const buckets = this.hashBuckets;
    for (let i = 0; i < observation.length; i++) {
      const message = observation[i]!;
      if (message.role !== 'user') continue;
      const blockOffset = offset + (i === lastUser ? 0 : buckets);
      const seed = i === lastUser ? LAST_BLOCK_SEED : EARLIER_BLOCK_SEED;
      visitNgrams(message.content, (token) => {
        out[blockOffset + (fnv1a(token, seed) % buckets)]! += 1;
      });
    }
    logScaleAndNormalise(out, offset, buckets);
    logScaleAndNormalise(out, offset + buckets, buckets);

    out[offset + this.turnOffset + Math.min(turn, this.maxTurns)] = 1;
    const last = lastUser >= 0 ? observation[lastUser]!.content : '';
    const extra = offset + this.extraOffset;
    out[extra] = userLanguage(observation) === 'zh' ? 1 : 0;
    out[extra + 1] = Math.min(1, Math.log1p(last.length) / Math.log1p(400));
    out[extra + 2] = /[?？]/.test(last) ? 1 : 0;
    out[extra + 3] = turn / this.maxTurns;
  }
}

function logScaleAndNormalise(out: Float32Array, start: number, length: number): void {
  let squares = 0;
  for (let i = start; i < start + length; i++) {
    if (out[i] === 0) continue;
    const v = Math.log1p(out[i]!);
    out[i] = v;
    squares += v * v;
  }
  if (squares === 0) return;
  const scale = 1 / Math.sqrt(squares);
  for (let i = start; i < start + length; i++) if (out[i] !== 0) out[i]! *= scale;
}
