import type { Token } from './phrases';

/**
 * Tokens for phrase matching. English: lower-cased words (letters, digits, inner apostrophes and hyphens;
 * curly apostrophes read as straight ones) and the punctuation marks patterns use. Chinese: every character
 * but spaces, as its char code.
 */

const EN_PUNCTUATION = new Set(['.', ',', '!', '?', ':', ';', '"', '“', '”', '…', '\n']);
const EN_ENDS = new Set<Token>(['.', '!', '?', '\n']);
const ZH_ENDS = new Set<Token>([0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0x0a]); // 。！？!?\n

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0xdf && code <= 0x24f && code !== 0xf7);
}

/** English tokens of a text. */
export function englishTokens(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  let word = '';
  const flush = (end: number): void => {
    if (start >= 0) out.push(word + lower.slice(start, end));
    start = -1;
    word = '';
  };
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (isWordChar(code)) {
      if (start < 0) start = i;
      continue;
    }
    // An apostrophe or hyphen between word characters stays inside the word ("you're", "self-care").
    if ((code === 39 || code === 0x2019 || code === 45) && start >= 0 && i + 1 < lower.length && isWordChar(lower.charCodeAt(i + 1))) {
      word += lower.slice(start, i) + (code === 45 ? '-' : "'");
      start = i + 1;
      continue;
    }
    flush(i);
    const ch = lower[i]!;
    if (EN_PUNCTUATION.has(ch)) out.push(ch);
  }
  flush(lower.length);
  return out;
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
