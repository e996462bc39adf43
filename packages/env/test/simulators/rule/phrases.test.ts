import { EN_PHRASES, Rng, ZH_PHRASES, lexiconFor, type Language } from '@rlver/env';
import { SAMPLE_REPLIES } from '../../../src/perf/sample-replies';
import { compilePhrases, countPhrases, type PhraseNode, type PhraseSet, type Token } from '../../../src/simulators/rule/appraisal/lexicon/phrases';
import { randomPaths } from './phrase-paths';
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

/**
 * The matching rule stated directly: walk the phrase graph from every start position, following every
 * alternative, and keep each pattern's longest end; a pattern counts again only from the end of its previous
 * counted match. `countPhrases` runs a deterministic automaton instead; both must count the same.
 */
function countByWalking(set: PhraseSet<string>, tokens: readonly Token[], isEnd: (t: Token) => boolean): Int32Array {
  const counts = new Int32Array(set.ids.length);
  const longest = new Int32Array(set.ids.length).fill(-1);
  const nextAllowed = new Int32Array(set.ids.length);
  const n = tokens.length;
  const walk = (node: PhraseNode, j: number): void => {
    for (const p of node.ends) longest[p] = Math.max(longest[p]!, j);
    for (const next of node.epsilon) walk(next, j);
    if (j < n) {
      const token = tokens[j]!;
      const child = node.next.get(token);
      if (child) walk(child, j + 1);
      if (typeof token === 'string') for (const edge of node.prefixes) if (token.startsWith(edge.stem)) walk(edge.node, j + 1);
    }
    for (const gap of node.gaps) {
      for (let k = 0; k <= gap.max && j + k <= n; k++) {
        if (k > 0 && isEnd(tokens[j + k - 1]!)) break;
        walk(gap.node, j + k);
      }
    }
  };
  for (let i = 0; i < n; i++) {
    walk(set.root, i);
    for (let p = 0; p < longest.length; p++) {
      if (longest[p]! < 0) continue;
      if (i >= nextAllowed[p]!) {
        counts[p]!++;
        nextAllowed[p] = longest[p]!;
      }
      longest[p] = -1;
    }
  }
  return counts;
}

/** Every text of a voice phrasebook (reactions, hints, requests, ...), for realistic user messages. */
function phrasebookTexts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) phrasebookTexts(item, out);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) phrasebookTexts(item, out);
  return out;
}

describe('the phrase automaton counts exactly what walking the phrase graph counts', () => {
  for (const language of ['en', 'zh'] as Language[]) {
    const lexicon = lexiconFor(language);
    const book = phrasebookTexts(language === 'en' ? EN_PHRASES : ZH_PHRASES);
    for (const part of ['reply', 'user'] as const) {
      it(`${language} ${part} patterns, on sample replies, the voice's phrasebook and random paths through the graph`, () => {
        const set = lexicon[part] as PhraseSet<string>;
        const texts: Token[][] = [...SAMPLE_REPLIES[language], ...book].map((t) => lexicon.tokenize(t));
        texts.push(...randomPaths(set, new Rng(`phrases-${language}-${part}`), 400));
        let matches = 0;
        // One automaton serves every text in turn, so states built for one text are reused by the next ones.
        for (const tokens of texts) {
          const counts = new Int32Array(set.ids.length);
          countPhrases(set, tokens, lexicon.isEnd, counts);
          expect(Array.from(counts)).toEqual(Array.from(countByWalking(set, tokens, lexicon.isEnd)));
          for (const c of counts) matches += c;
        }
        // The corpus really exercises the patterns (not a comparison of zeros).
        expect(matches).toBeGreaterThan(1000);
      });
    }
  }
});
