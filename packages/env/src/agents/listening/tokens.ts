/**
 * A one-pass English tokenizer for the listener: words (with inner apostrophes and hyphens) and the
 * punctuation that bounds clauses. Every English lookup works on these tokens with Set/Map lookups, which
 * is several times faster than running many large regular expressions over the text.
 */

/**
 * A word or a clause-bounding punctuation mark, with its span in the text. Only the lower-cased form is
 * materialised; the text as written is sliced on demand (names and reflected clauses need it, most tokens
 * never do).
 */
export class Token {
  constructor(
    private readonly source: string,
    /** Lower-cased text, straight apostrophes. */
    readonly lower: string,
    readonly start: number,
    readonly end: number,
    /** True for punctuation tokens (`.`, `!`, `?`, `;`, `,`, `:`, dashes, newline). */
    readonly punct: boolean,
    /** True when the token starts with an ASCII capital letter. */
    readonly capital: boolean,
  ) {}

  /** The token as written (straight apostrophes). */
  get text(): string {
    const raw = this.source.slice(this.start, this.end);
    return raw.includes('\u2019') ? raw.replace(/\u2019/g, "'") : raw;
  }
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f);
}

// Punctuation that bounds clauses, by character code, as shared one-character strings (no allocation).
const PUNCT_BY_CODE = new Map<number, string>(['.', '!', '?', ';', ',', ':', '\n', '\u2013', '\u2014', '\u2026'].map((p) => [p.charCodeAt(0), p]));

/**
 * Split English text into word and punctuation tokens. Words keep inner apostrophes and hyphens ("don't",
 * "ex-boyfriend"); curly apostrophes become straight ones. A plain character-code loop over the
 * lower-cased text: no regular-expression match objects, one string per word.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lower = text.toLowerCase();
  const n = text.length;
  // Lower-casing can change the length for a few non-ASCII letters; then scan the original instead.
  const sameLength = lower.length === n;
  const scan = sameLength ? lower : text;
  let i = 0;
  while (i < n) {
    const c = scan.charCodeAt(i);
    if (isWordChar(c)) {
      const start = i;
      i++;
      while (i < n) {
        const d = scan.charCodeAt(i);
        if (isWordChar(d)) i++;
        else if ((d === 39 || d === 0x2019 || d === 45) && i + 1 < n && isWordChar(scan.charCodeAt(i + 1))) i += 2;
        else break;
      }
      let word = sameLength ? lower.slice(start, i) : text.slice(start, i).toLowerCase();
      if (word.includes('\u2019')) word = word.replace(/\u2019/g, "'");
      const first = text.charCodeAt(start);
      tokens.push(new Token(text, word, start, i, false, first >= 65 && first <= 90));
      continue;
    }
    if (c === 45 && scan.charCodeAt(i + 1) === 45) {
      tokens.push(new Token(text, '-', i, i + 2, true, false)); // "--" as a dash
      i += 2;
      continue;
    }
    const punct = PUNCT_BY_CODE.get(c);
    if (punct !== undefined) tokens.push(new Token(text, punct, i, i + 1, true, false));
    i++;
  }
  return tokens;
}
