import type { Language } from '@rlver/env';

// Precompiled once: tokenising runs on every observation of every step.
const ENGLISH_WORD = /[a-z]+(?:'[a-z]+)?/g;
const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
const CJK_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const WHITESPACE = /\s+/g;

/**
 * The n-gram tokens of a text that carry its meaning for a bag-of-n-grams encoder: English words (lower-cased)
 * and word bigrams; Chinese characters and character bigrams (Chinese has no spaces, and two-character words
 * are the common case). Calls `visit` once per token instead of building arrays.
 */
export function visitNgrams(text: string, visit: (token: string) => void): void {
  const lower = text.toLowerCase();
  let previous: string | undefined;
  ENGLISH_WORD.lastIndex = 0;
  for (let match = ENGLISH_WORD.exec(lower); match; match = ENGLISH_WORD.exec(lower)) {
    const word = match[0];
    visit(word);
    if (previous !== undefined) visit(`${previous} ${word}`);
    previous = word;
  }
  CJK_RUN.lastIndex = 0;
  for (let match = CJK_RUN.exec(text); match; match = CJK_RUN.exec(text)) {
    const run = match[0];
    for (let i = 0; i < run.length; i++) {
      visit(run[i]!);
      if (i + 1 < run.length) visit(run.slice(i, i + 2));
    }
  }
}

/** Non-space characters and CJK ideographs of a text (what {@link languageFromCounts} weighs). */
export function characterCounts(text: string): { total: number; cjk: number } {
  return { total: text.replace(WHITESPACE, '').length, cjk: text.match(CJK_CHAR)?.length ?? 0 };
}

/**
 * The language of a dialogue from counts summed over the user's messages: Chinese when at least a fifth of the
 * characters of the user turns are CJK ideographs (a Chinese user quoting an English name is still Chinese),
 * else English.
 */
export function languageFromCounts(cjk: number, total: number): Language {
  return total > 0 && cjk * 5 >= total ? 'zh' : 'en';
}
