import { EN_PHRASES, Rng } from '@rlver/env';
import { EN_LEXICON } from '../../../src/simulators/rule/appraisal/lexicon/en';
import { englishTokens } from '../../../src/simulators/rule/appraisal/lexicon/tokenize';
import type { Lexicon } from '../../../src/simulators/rule/appraisal/lexicon/types';
import { hashWord, replyCounts, stem, stemHash, userCounts, viewText } from '../../../src/simulators/rule/appraisal/text';
import { randomPaths } from './phrase-paths';
import { SAMPLE_REPLIES } from '../../../src/perf/sample-replies';

/** English tokens by their definition, written plainly: the tokenizer is tuned for speed and must agree. */
function tokensByDefinition(text: string): string[] {
  const lower = text.toLowerCase();
  const isWordChar = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0xdf && code <= 0x24f && code !== 0xf7);
  const punctuation = new Set(['.', ',', '!', '?', ':', ';', '"', '“', '”', '…', '\n']);
  const out: string[] = [];
  let word = '';
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (isWordChar(code)) word += lower[i];
    else if ((code === 39 || code === 0x2019 || code === 45) && word !== '' && i + 1 < lower.length && isWordChar(lower.charCodeAt(i + 1))) word += code === 45 ? '-' : "'";
    else {
      if (word !== '') out.push(word);
      word = '';
      if (punctuation.has(lower[i]!)) out.push(lower[i]!);
    }
  }
  if (word !== '') out.push(word);
  return out;
}

function phrasebookTexts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) phrasebookTexts(item, out);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) phrasebookTexts(item, out);
  return out;
}

/** Random texts over an alphabet with every case the tokenizer distinguishes. */
function randomTexts(count: number): string[] {
  const rng = new Rng('tokenizer');
  const alphabet = ['a', 'b', 'Z', 'é', 'É', 'ß', '÷', '7', ' ', "'", '\u2019', '-', '.', ',', '!', '?', ':', ';', '"', '“', '”', '…', '\n', '\t', '(', '*', 'İ', '你', '\u{1F600}'];
  return Array.from({ length: count }, () => Array.from({ length: rng.int(40) }, () => rng.pick(alphabet)).join(''));
}

describe('English text analysis', () => {
  it('tokenizes as the definition says, on replies, the voice phrasebook and random texts', () => {
    const texts = [...SAMPLE_REPLIES.en, ...phrasebookTexts(EN_PHRASES), "You’re right, it's self-care... O'Brien’s twenty-one-year-old", ...randomTexts(5000)];
    for (const text of texts) expect(englishTokens(text)).toEqual(tokensByDefinition(text));
  });

  it('reads English texts through its word table exactly as through string tokens', () => {
    // A lexicon whose tokenizer is not `englishTokens` itself takes the string-token path.
    const byStrings: Lexicon = { ...EN_LEXICON, tokenize: (text) => englishTokens(text) };
    const measure = (text: string, lexicon: Lexicon) => {
      const view = viewText(text, lexicon);
      return { units: view.units, questionMarks: view.questionMarks, content: view.content, reply: Array.from(replyCounts(view, lexicon)), user: Array.from(userCounts(view, lexicon)) };
    };
    // Random texts bring thousands of new words, so the table's index grows while being read.
    // Random paths through the reply and user pattern graphs, written out, make texts full of pattern matches.
    const paths = [...randomPaths(EN_LEXICON.reply, new Rng('en-reply-paths'), 300), ...randomPaths(EN_LEXICON.user, new Rng('en-user-paths'), 300)];
    const all = [...texts(), "You’re right, it's self-care... O'Brien’s twenty-one-year-old?", ...paths.map((p) => p.join(' ')), ...randomTexts(3000)];
    let patterns = 0;
    for (const text of all) {
      const fast = measure(text, EN_LEXICON);
      expect(fast).toEqual(measure(text, byStrings));
      for (const c of [...fast.reply, ...fast.user]) patterns += c;
    }
    expect(patterns).toBeGreaterThan(2000);
  });

  it('hashes a word stem without building it, exactly as hashing the stem', () => {
    const words = [...new Set(texts().flatMap((t) => englishTokens(t)))];
    // Every suffix the stemmer knows on bases of every length around its thresholds.
    for (const base of ['a', 'ab', 'abc', 'abcd', 'abcde', 'abcdef', 'citi', 'famil', 'lad', 'box', 'quick', 'frustrat']) {
      for (const suffix of ['', 's', 'es', 'ed', 'ing', 'ly', 'ies', "'s", "ies's", "ing's", 'y']) words.push(base + suffix);
    }
    const mismatched = words.filter((w) => stemHash(w) !== hashWord(stem(w)));
    expect(mismatched).toEqual([]);
    expect(words.length).toBeGreaterThan(550);
  });
});

function texts(): string[] {
  return [...SAMPLE_REPLIES.en, ...phrasebookTexts(EN_PHRASES)];
}
