/**
 * A one-pass English tokenizer for the listener: words (with inner apostrophes and hyphens) and the
 * punctuation that bounds clauses. Every English lookup works on these tokens with Set/Map lookups, which
 * is several times faster than running many large regular expressions over the text.
 */

/** A word or a clause-bounding punctuation mark, with its span in the text. */
export interface Token {
  /** The token as written (straight apostrophes). */
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** True for punctuation tokens (`.`, `!`, `?`, `;`, `,`, `:`, dashes, newline). */
  readonly punct: boolean;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    (code >= 0xc0 && code <= 0x24f) // Latin letters with accents (café, fiancé)
  );
}

const APOSTROPHES = new Set([39, 0x2019]);
const PUNCT = new Set(['.', '!', '?', ';', ',', ':', '\n', '\u2013', '\u2014', '\u2026']);

/** Split English text into word and punctuation tokens. Curly apostrophes become straight ones. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  // Lower-case once; per token only when lower-casing changed the length (a few non-ASCII letters do).
  const lowerText = text.toLowerCase();
  const sameLength = lowerText.length === n;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      const start = i;
      i++;
      for (;;) {
        if (i >= n) break;
        const c = text.charCodeAt(i);
        if (isWordChar(c)) {
          i++;
        } else if ((APOSTROPHES.has(c) || c === 45) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
          i += 2; // don't, ex-boyfriend
        } else {
          break;
        }
      }
      let word = text.slice(start, i);
      let lower = sameLength ? lowerText.slice(start, i) : word.toLowerCase();
      if (word.includes('\u2019')) {
        word = word.replace(/\u2019/g, "'");
        lower = lower.replace(/\u2019/g, "'");
      }
      tokens.push({ text: word, lower, start, end: i, punct: false });
      continue;
    }
    const ch = text.charAt(i);
    if (PUNCT.has(ch) || (ch === '-' && text.charAt(i + 1) === '-')) {
      tokens.push({ text: ch, lower: ch, start: i, end: i + 1, punct: true });
    }
    i++;
  }
  return tokens;
}

/** The next word token at or after `i` (skipping none), or undefined. */
export function wordAt(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i];
  return t && !t.punct ? t : undefined;
}
