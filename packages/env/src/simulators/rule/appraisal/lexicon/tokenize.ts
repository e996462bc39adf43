import type { Token } from './phrases';

/**
 * Tokens for phrase matching. English: lower-cased words (letters, digits, inner apostrophes and hyphens;
 * curly apostrophes read as straight ones) and the punctuation marks patterns use. Chinese: every character
 * but spaces, as its char code.
 */

const EN_ENDS = new Set<Token>(['.', '!', '?', '\n']);
const ZH_ENDS = new Set<Token>([0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0x0a]); // 。！？!?\n

/** A character of an English word: a-z, digits, and the Latin letters with diacritics (lower-cased text). */
export function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0xdf && code <= 0x24f && code !== 0xf7);
}

/** English tokens of a text. */
export function englishTokens(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  const n = lower.length;
  // A word runs from `start` to the current position; an apostrophe or hyphen between word characters stays
  // inside it ("you're", "self-care"), a curly apostrophe read as a straight one (`curly` marks a word to fix).
  let start = -1;
  let curly = false;
  for (let i = 0; i < n; i++) {
    const code = lower.charCodeAt(i);
    if (isWordChar(code)) {
      if (start < 0) start = i;
      continue;
    }
    if ((code === 39 || code === 0x2019 || code === 45) && start >= 0 && i + 1 < n && isWordChar(lower.charCodeAt(i + 1))) {
      if (code === 0x2019) curly = true;
      continue;
    }
    if (start >= 0) {
      out.push(curly ? lower.slice(start, i).replace(CURLY, "'") : lower.slice(start, i));
      start = -1;
      curly = false;
    }
    const mark = punctuation(code);
    if (mark !== undefined) out.push(mark);
  }
  if (start >= 0) out.push(curly ? lower.slice(start).replace(CURLY, "'") : lower.slice(start));
  return out;
}

/** Curly apostrophes, read as straight ones. */
export const CURLY = /\u2019/g;

/** The token of a punctuation mark patterns use (. , ! ? : ; " “ ” … and line breaks); undefined for any other code. */
function punctuation(code: number): string | undefined {
  switch (code) {
    case 46:
      return '.';
    case 44:
      return ',';
    case 33:
      return '!';
    case 63:
      return '?';
    case 58:
      return ':';
    case 59:
      return ';';
    case 34:
      return '"';
    case 0x201c:
      return '\u201c';
    case 0x201d:
      return '\u201d';
    case 0x2026:
      return '\u2026';
    case 10:
      return '\n';
    default:
      return undefined;
  }
}

/** Chinese tokens of a text: char codes, without spaces, tabs and carriage returns. */
export function chineseTokens(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 13 || code === 0x3000) continue;
    out.push(code);
  }
  return out;
}

/** Sentence ends (gaps in patterns do not cross them). */
export function isEnglishEnd(token: Token): boolean {
  return EN_ENDS.has(token);
}

/** Sentence ends in Chinese text (full- and half-width). */
export function isChineseEnd(token: Token): boolean {
  return ZH_ENDS.has(token);
}
