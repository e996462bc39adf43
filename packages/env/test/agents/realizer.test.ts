import { InvalidOptionError, REPLY_LENGTH, STRATEGIES, generatePersonas, realizeStrategy, replyLength, type ChatMessage, type Language } from '@rlver/env';
import { EN_CREDIT, EN_DIALOGUES, ZH_DIALOGUES, ZH_EFFORT } from './fixtures';

const DIALOGUES: Record<Language, ChatMessage[][]> = { en: EN_DIALOGUES, zh: ZH_DIALOGUES };

/** Opening messages of generated personas: many situations the realizer was not written against. */
function personaOpenings(language: Language): ChatMessage[][] {
  return generatePersonas(60, { language, seed: 17 })
    .filter((p) => p.firstMessage)
    .map((p) => [{ role: 'user', content: p.firstMessage as string }]);
}

describe('realizeStrategy', () => {
  it('weaves in the English user\'s own words in the listener\'s voice (my -> your)', () => {
    const replies = STRATEGIES.flatMap((s) => [0, 1, 2, 3, 4].map((turn) => realizeStrategy(s, EN_CREDIT, { language: 'en', seed: 3, turn })));
    const all = replies.join('\n');
    expect(all).toContain('your manager presented your project as his own');
    expect(all).toContain('you stayed late every night');
    expect(all).toMatch(/\bfrustrated\b/);
    // The user's first person never leaks into the listener's mouth.
    expect(all).not.toMatch(/\bmy manager\b|\bmy project\b|\bI stayed\b/);
    // Most replies use something of the user's: the feeling, the person, or what they did.
    const grounded = replies.filter((r) => /frustrated|your manager|your project|stayed late/.test(r));
    expect(grounded.length / replies.length).toBeGreaterThan(0.7);
  });

  it('weaves in the Chinese user\'s own words with 我 -> 你', () => {
    const replies = STRATEGIES.flatMap((s) => [0, 1, 2, 3, 4].map((turn) => realizeStrategy(s, ZH_EFFORT, { language: 'zh', seed: 3, turn })));
    const all = replies.join('\n');
    expect(all).toContain('张浩老说你不够努力');
    expect(all).toContain('你一直在试着平衡学业和兼职');
    expect(all).toContain('委屈');
    expect(all).not.toMatch(/说我不够努力|我一直在试着/);
    const grounded = replies.filter((r) => /委屈|张浩|学业/.test(r));
    expect(grounded.length / replies.length).toBeGreaterThan(0.7);
  });

  it('turns 我妈 into 你妈妈, not the rude 你妈', () => {
    const all = STRATEGIES.flatMap((s) => [0, 1, 2, 3, 4].map((turn) => realizeStrategy(s, ZH_DIALOGUES[4] as ChatMessage[], { language: 'zh', seed: 1, turn }))).join('\n');
    expect(all).toContain('你妈妈');
    expect(all).not.toMatch(/你妈(?!妈)/);
  });

  it.each(['en', 'zh'] as const)('never repeats a wording within five consecutive turns (%s)', (language) => {
    for (const dialogue of DIALOGUES[language]) {
      for (const strategy of STRATEGIES) {
        for (const seed of [0, 1, 99]) {
          const replies = [0, 1, 2, 3, 4].map((turn) => realizeStrategy(strategy, dialogue, { language, seed, turn }));
          expect(new Set(replies).size).toBe(5);
        }
      }
    }
  });

  it.each(['en', 'zh'] as const)('is deterministic per seed, and the seed matters (%s)', (language) => {
    const dialogue = DIALOGUES[language][0] as ChatMessage[];
    const bySeed = (seed: number) => STRATEGIES.map((s) => realizeStrategy(s, dialogue, { language, seed, turn: 2 }));
    expect(bySeed(5)).toEqual(bySeed(5));
    const differing = [6, 7, 8].map((seed) => bySeed(seed).filter((r, i) => r !== bySeed(5)[i]).length);
    expect(Math.max(...differing)).toBeGreaterThan(0);
  });

  it.each(['en', 'zh'] as const)('stays within the length bounds, with and without a reflection lead (%s)', (language) => {
    const { min, max } = REPLY_LENGTH[language];
    const openings = personaOpenings(language);
    expect(openings.length).toBeGreaterThan(40);
    for (const dialogue of [...DIALOGUES[language], ...openings]) {
      for (const strategy of STRATEGIES) {
        for (let turn = 0; turn < 5; turn++) {
          for (const leadWithReflection of [false, true]) {
            const reply = realizeStrategy(strategy, dialogue, { language, seed: 11, turn, leadWithReflection });
            const n = replyLength(reply, language);
            if (n < min || n > max) throw new Error(`${strategy} turn ${turn} lead=${leadWithReflection}: ${n} outside [${min}, ${max}]: ${reply}`);
            // One to four sentences, no unfilled slot, no stray spacing or doubled punctuation.
            const sentences = reply.split(language === 'zh' ? /[。？！]/ : /[.?!](?:\s|$)/).filter((s) => s.trim());
            expect(sentences.length).toBeGreaterThanOrEqual(1);
            expect(sentences.length).toBeLessThanOrEqual(4);
            expect(reply).not.toMatch(/undefined|\$\{|\s{2}|\s[,.;:?]|[,.;，。]{2}|^\s|\s$/);
          }
        }
      }
    }
  });

  it('leads with a reflection of the feeling when asked to', () => {
    const plain = realizeStrategy('practical-suggestion', EN_CREDIT, { language: 'en', seed: 2, turn: 1 });
    const led = realizeStrategy('practical-suggestion', EN_CREDIT, { language: 'en', seed: 2, turn: 1, leadWithReflection: true });
    expect(led).not.toBe(plain);
    expect(led.split(/(?<=[.?!])\s/)[0]).toMatch(/frustrated/);
  });

  it('reads only the user: an assistant message full of feelings does not change the reflection', () => {
    const withAssistant: ChatMessage[] = [
      { role: 'user', content: 'My boss yelled at me in front of everyone.' },
      { role: 'assistant', content: 'You must feel humiliated and furious and heartbroken.' },
      { role: 'user', content: 'Yeah. I just stood there.' },
    ];
    const replies = [0, 1, 2, 3, 4].map((turn) => realizeStrategy('reflect-feelings', withAssistant, { language: 'en', seed: 1, turn })).join(' ');
    expect(replies).not.toMatch(/humiliated|furious|heartbroken/);
    expect(replies).toMatch(/your boss/);
  });

  it('rejects bad options with a typed error naming the field', () => {
    expect(() => realizeStrategy('hug' as never, EN_CREDIT, { language: 'en', seed: 1, turn: 0 })).toThrow(InvalidOptionError);
    expect(() => realizeStrategy('hug' as never, EN_CREDIT, { language: 'en', seed: 1, turn: 0 })).toThrow(/"strategy".*"hug".*reflect-feelings/);
    expect(() => realizeStrategy('validate', EN_CREDIT, { language: 'fr' as never, seed: 1, turn: 0 })).toThrow(/"language".*"fr"/);
    expect(() => realizeStrategy('validate', EN_CREDIT, { language: 'en', seed: 1.5, turn: 0 })).toThrow(/"seed".*1\.5/);
    expect(() => realizeStrategy('validate', EN_CREDIT, { language: 'en', seed: 1, turn: -1 })).toThrow(/"turn".*-1/);
  });
});
