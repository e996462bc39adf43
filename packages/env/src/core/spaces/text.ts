import type { Rng } from '../rng';
import { Space, type SpaceDescription } from './space';

const DEFAULT_CHARSET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,!?';

/** Options of a {@link Text} space. */
export interface TextOptions {
  /** Minimum length in UTF-16 code units (default 0). */
  minLength?: number;
  /** Maximum length in UTF-16 code units. */
  maxLength: number;
  /**
   * Characters used by `sample`. `contains` accepts any characters unless `restrictCharset` is set: dialogue
   * text can be any language.
   */
  charset?: string;
  /** When true, `contains` also requires every character to be in `charset`. */
  restrictCharset?: boolean;
}

/** Strings of bounded length (Gymnasium's `Text`). */
export class Text extends Space<string> {
  readonly kind = 'Text';
  readonly minLength: number;
  readonly maxLength: number;
  readonly charset: string;
  readonly restrictCharset: boolean;
  private readonly allowed: ReadonlySet<string>;

  constructor(options: TextOptions) {
    super();
    this.minLength = options.minLength ?? 0;
    this.maxLength = options.maxLength;
    this.charset = options.charset ?? DEFAULT_CHARSET;
    this.restrictCharset = options.restrictCharset ?? false;
    if (!Number.isInteger(this.minLength) || this.minLength < 0) throw new RangeError(`Text: minLength must be a non-negative integer, got ${this.minLength}`);
    if (!Number.isInteger(this.maxLength) || this.maxLength < this.minLength) throw new RangeError(`Text: maxLength must be an integer >= minLength, got ${this.maxLength}`);
    if (this.charset.length === 0) throw new RangeError('Text: charset must not be empty');
    this.allowed = new Set(Array.from(this.charset));
  }

  sample(rng: Rng): string {
    const chars = Array.from(this.charset);
    const length = rng.intBetween(this.minLength, Math.min(this.maxLength, this.minLength + 64));
    let out = '';
    for (let i = 0; i < length; i++) out += chars[rng.int(chars.length)];
    return out;
  }

  contains(value: unknown): value is string {
    if (typeof value !== 'string' || value.length < this.minLength || value.length > this.maxLength) return false;
    if (!this.restrictCharset) return true;
    for (const ch of value) if (!this.allowed.has(ch)) return false;
    return true;
  }

  describe(): SpaceDescription {
    return { kind: this.kind, minLength: this.minLength, maxLength: this.maxLength };
  }
}
