import type { ChatObservation } from '@rlver/env';
import { InvalidOptionError } from '@rlver/env';
import type { ObservationEncoder } from './encoder';
import { fnv1a } from './hash';
import { characterCounts, languageFromCounts, visitNgrams } from './tokens';

/** Options of {@link DialogueEncoder} (saved with a policy, so a checkpoint rebuilds the same encoder). */
export interface DialogueEncoderOptions {
  /** Hash buckets per text block (default 256). More buckets, fewer collisions, a wider first layer. */
  readonly hashBuckets?: number;
  /** Turns after which the turn feature saturates (default 10, the SAGE dialogue length). */
  readonly maxTurns?: number;
}

const LAST_BLOCK_SEED = 0x811c9dc5;
const EARLIER_BLOCK_SEED = 0x2a3b4c5d;
/** Messages whose n-gram buckets are remembered; the cache is emptied when it grows past this. */
const CACHE_LIMIT = 20_000;

/** What the encoder needs from one user message, computed once per distinct text. */
interface MessageFeatures {
  /** Bucket of each n-gram occurrence when the message is the last one / an earlier one. */
  readonly lastBuckets: Uint32Array;
  readonly earlierBuckets: Uint32Array;
  readonly chars: number;
  readonly cjk: number;
}

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
  // Every step re-encodes the whole dialogue, whose earlier messages were already tokenised on earlier turns.
  private readonly cache = new Map<string, MessageFeatures>();

  constructor(options: DialogueEncoderOptions = {}) {
    this.hashBuckets = options.hashBuckets ?? 256;
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
    let chars = 0;
    let cjk = 0;
    for (let i = 0; i < observation.length; i++) {
      const message = observation[i]!;
      if (message.role !== 'user') continue;
      const features = this.messageFeatures(message.content);
      const blockOffset = offset + (i === lastUser ? 0 : buckets);
      for (const bucket of i === lastUser ? features.lastBuckets : features.earlierBuckets) out[blockOffset + bucket]! += 1;
      chars += features.chars;
      cjk += features.cjk;
    }
    logScaleAndNormalise(out, offset, buckets);
    logScaleAndNormalise(out, offset + buckets, buckets);

    out[offset + this.turnOffset + Math.min(turn, this.maxTurns)] = 1;
    const last = lastUser >= 0 ? observation[lastUser]!.content : '';
    const extra = offset + this.extraOffset;
    out[extra] = languageFromCounts(cjk, chars) === 'zh' ? 1 : 0;
    out[extra + 1] = Math.min(1, Math.log1p(last.length) / Math.log1p(400));
    out[extra + 2] = /[?？]/.test(last) ? 1 : 0;
    out[extra + 3] = turn / this.maxTurns;
  }

  private messageFeatures(text: string): MessageFeatures {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const last: number[] = [];
    const earlier: number[] = [];
    visitNgrams(text, (token) => {
      last.push(fnv1a(token, LAST_BLOCK_SEED) % this.hashBuckets);
      earlier.push(fnv1a(token, EARLIER_BLOCK_SEED) % this.hashBuckets);
    });
    const counts = characterCounts(text);
    const features: MessageFeatures = { lastBuckets: Uint32Array.from(last), earlierBuckets: Uint32Array.from(earlier), chars: counts.total, cjk: counts.cjk };
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(text, features);
    return features;
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
