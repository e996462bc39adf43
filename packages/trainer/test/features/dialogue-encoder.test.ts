import type { ChatMessage } from '@rlver/env';
import { DialogueEncoder } from '../../src/features/dialogue-encoder';
import { visitNgrams } from '../../src/features/tokens';

const encoder = new DialogueEncoder({ hashBuckets: 64, maxTurns: 4 });
const encode = (messages: ChatMessage[]) => {
  const out = new Float32Array(encoder.size);
  encoder.encodeInto(messages, out, 0);
  return out;
};
const textBlocks = (f: Float32Array) => Array.from(f.subarray(0, 2 * 64));

describe('visitNgrams', () => {
  it('yields English words and word bigrams, Chinese characters and character bigrams', () => {
    const seen: string[] = [];
    visitNgrams("My boss took CREDIT, didn't he? 老板抢功", (t) => seen.push(t));
    expect(seen).toEqual(['my', 'boss', 'my boss', 'took', 'boss took', 'credit', 'took credit', "didn't", "credit didn't", 'he', "didn't he", '老', '老板', '板', '板抢', '抢', '抢功', '功']);
  });
});

describe('DialogueEncoder', () => {
  const opening: ChatMessage = { role: 'user', content: 'My manager presented my project as his own today.' };

  it('encodes only the user side: the agent words change nothing but the turn features', () => {
    const a = encode([opening, { role: 'assistant', content: 'That sounds awful.' }, { role: 'user', content: 'It was.' }]);
    const b = encode([opening, { role: 'assistant', content: 'Completely different words here!' }, { role: 'user', content: 'It was.' }]);
    expect(Array.from(a)).toEqual(Array.from(b));
  });

  it('puts the last user message and the earlier ones in separate L2-normalised blocks', () => {
    const f = encode([opening, { role: 'assistant', content: 'x' }, { role: 'user', content: 'Why did he do it?' }]);
    const norm = (from: number, to: number) => Math.sqrt(Array.from(f.subarray(from, to)).reduce((s, v) => s + v * v, 0));
    expect(norm(0, 64)).toBeCloseTo(1, 5);
    expect(norm(64, 128)).toBeCloseTo(1, 5);
    // The first message moved from the "last" block to the "earlier" block.
    const first = encode([opening]);
    expect(norm(64, 128) > 0 && textBlocks(first).slice(64).every((v) => v === 0)).toBe(true);
  });

  it('one-hot encodes the turn (saturating), the language, and a question mark', () => {
    const turnFeatures = (f: Float32Array) => Array.from(f.subarray(128, 128 + 5));
    expect(turnFeatures(encode([opening]))).toEqual([1, 0, 0, 0, 0]);
    const long: ChatMessage[] = [opening];
    for (let i = 0; i < 6; i++) long.push({ role: 'assistant', content: 'ok' }, { role: 'user', content: 'hm?' });
    const f = encode(long);
    expect(turnFeatures(f)).toEqual([0, 0, 0, 0, 1]);
    const extras = Array.from(f.subarray(133));
    expect(extras[0]).toBe(0); // English
    expect(extras[2]).toBe(1); // the last message asks something
    expect(encode([{ role: 'user', content: '我的领导把我的项目说成是他的。' }])[133]).toBe(1);
  });

  it('calls the language Chinese when at least a fifth of the user characters are ideographs', () => {
    const chinese = (messages: ChatMessage[]) => encode(messages)[133]; // the language feature
    expect(chinese([{ role: 'user', content: '我的经理Tom抢了我的功劳' }])).toBe(1);
    expect(chinese([{ role: 'user', content: 'My manager 张伟 took credit for my work' }])).toBe(0);
    expect(chinese([{ role: 'assistant', content: '你好' }])).toBe(0);
  });

  it('is deterministic and sees different situations differently', () => {
    expect(Array.from(encode([opening]))).toEqual(Array.from(encode([opening])));
    const other = encode([{ role: 'user', content: 'My sister forgot my birthday again.' }]);
    expect(textBlocks(other)).not.toEqual(textBlocks(encode([opening])));
  });
});
