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

// Words keep inner apostrophes and hyphens ("don't", "ex-boyfriend"); punctuation that bounds clauses is a
// token of its own. One native regex pass is about twice as fast as a character loop in JavaScript.
const TOKEN_RE = /[A-Za-z0-9\u00c0-\u024f]+(?:['\u2019-][A-Za-z0-9\u00c0-\u024f]+)*|[.!?;,:\n\u2013\u2014\u2026]|--/g;

function isWordStart(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

/** Split English text into word and punctuation tokens. Curly apostrophes become straight ones. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Lower-case once; per token only when lower-casing changed the length (a few non-ASCII letters do).
  const lowerText = text.toLowerCase();
  const sameLength = lowerText.length === text.length;
  const curly = text.includes('\u2019');
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const code = text.charCodeAt(start);
    const word = isWordStart(code);
    let lower = word ? (sameLength ? lowerText.slice(start, end) : m[0].toLowerCase()) : m[0] === '--' ? '-' : m[0];
    if (curly && word && lower.includes('\u2019')) lower = lower.replace(/\u2019/g, "'");
    tokens.push(new Token(text, lower, start, end, !word, code >= 65 && code <= 90));
  }
  return tokens;
}

/** The next word token at or after `i` (skipping none), or undefined. */
export function wordAt(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i];
  return t && !t.punct ? t : undefined;
}
