import { compilePhrases, countPhrases } from '../../../src/simulators/rule/appraisal/lexicon/phrases';
import { chineseTokens, englishTokens, isChineseEnd, isEnglishEnd } from '../../../src/simulators/rule/appraisal/lexicon/tokenize';

function countEn(patterns: Record<string, string[]>, text: string): Record<string, number> {
  const ids = Object.keys(patterns);
  const set = compilePhrases('words', ids, patterns);
  const counts = new Int32Array(ids.length);
  countPhrases(set, englishTokens(text), isEnglishEnd, counts);
  return Object.fromEntries(ids.map((id, i) => [id, counts[i]!]));
}

function countZh(patterns: Record<string, string[]>, text: string): Record<string, number> {
  const ids = Object.keys(patterns);
  const set = compilePhrases('chars', ids, patterns);
  const counts = new Int32Array(ids.length);
  countPhrases(set, chineseTokens(text), isChineseEnd, counts);
  return Object.fromEntries(ids.map((id, i) => [id, counts[i]!]));
}

describe('phrase patterns', () => {
  it('tokenizes English into lower-case words, keeping inner apostrophes and hyphens and reading curly apostrophes as straight', () => {
    expect(englishTokens('You’re RIGHT, it\'s self-care... ok?')).toEqual(["you're", 'right', ',', "it's", 'self-care', '.', '.', '.', 'ok', '?']);
  });

  it('tokenizes Chinese into character codes without spaces', () => {
    expect(chineseTokens('你 好！')).toEqual(['你'.charCodeAt(0), '好'.charCodeAt(0), '！'.charCodeAt(0)]);
  });

  it('matches literal words only as whole words', () => {
    expect(countEn({ sorry: ['sorry'] }, 'Sorry, I am so sorry. Sorrynot.')).toEqual({ sorry: 2 });
  });

  it('expands alternatives and optional groups', () => {
    const patterns = { frame: ['you (must|might) (really)? feel'] };
    expect(countEn(patterns, 'You must feel awful. You might really feel alone. You may feel fine.')).toEqual({ frame: 2 });
  });

  it('matches word prefixes', () => {
    expect(countEn({ f: ['frustrat*'] }, 'frustrated, frustrating, frustration, frost')).toEqual({ f: 3 });
  });

  it('lets a gap span words but not a sentence end', () => {
    const patterns = { q: ['(what|how) ~5 ?'] };
    expect(countEn(patterns, 'What happened after that? How. It was long?')).toEqual({ q: 1 });
    expect(countZh({ q: ['(什么|怎么)~6？'] }, '后来发生了什么事？怎么。那时候好长？')).toEqual({ q: 1 });
  });

  it('counts non-overlapping matches per pattern, each pattern on its own', () => {
    const patterns = { two: ['哈哈'], word: ['哈'] };
    expect(countZh(patterns, '哈哈哈哈哈')).toEqual({ two: 2, word: 5 });
  });

  it('takes the longest match at a start, so a longer phrase is one match', () => {
    expect(countZh({ x: ['还行(吧)?'] }, '还行吧，还行')).toEqual({ x: 2 });
  });

  it('rejects malformed patterns when the lexicon is compiled', () => {
    expect(() => compilePhrases('words', ['a'], { a: ['(unclosed'] })).toThrow(/missing "\)"/);
    expect(() => compilePhrases('words', ['a'], { a: ['~3 word'] })).toThrow(/starts with a gap/);
    expect(() => compilePhrases('words', ['a'], { a: ['(x)?'] })).toThrow(/can match the empty text/);
    expect(() => compilePhrases('chars', ['a'], { a: ['a)b'] })).toThrow(/unexpected/);
  });
});
