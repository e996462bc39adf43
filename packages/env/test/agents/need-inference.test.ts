import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { HIDDEN_NEEDS, inferNeeds, needCuesIn, type ChatMessage, type HiddenNeed } from '@rlver/env';
import { describeWithData } from '../../../../test/support/shared-data';

const user = (content: string): ChatMessage => ({ role: 'user', content });

describe('inferNeeds on hand-written utterances', () => {
  it.each([
    ['en', 'Why would she say that to me? I keep wondering what was going on in her head.', 'others-motives'],
    ['en', "I can't figure out why my dad reacts like that. What makes him so cold?", 'others-motives'],
    ['en', "What should I do? I need some practical steps, not just sympathy.", 'practical-advice'],
    ['en', "Am I wrong here? It's not my fault the deadline slipped, they changed the plan.", 'blameless-validation'],
    ['en', "I just need to get this off my chest. I'm not looking for advice, just hear me out.", 'attentive-listening'],
    ['en', "Nobody even noticed all the work I did for the launch. Not even a thank you.", 'specific-praise'],
    ['en', 'What could I have done differently? Maybe it is me, I keep making the same mistake.', 'guided-reflection'],
    ['en', "I honestly can't see it clearly. Who is right here? I want to look at both sides.", 'balanced-analysis'],
    ['en', "You don't get how it feels. Don't just tell me it will be fine, it's not that simple.", 'deep-empathy'],
    ['zh', '我想不通他为什么要这样，他到底在想什么？', 'others-motives'],
    ['zh', '我现在该怎么办？能不能给我一些实际的建议？', 'practical-advice'],
    ['zh', '凭什么怪我？这又不是我的错，我没做错什么。', 'blameless-validation'],
    ['zh', '你先让我说完，我就想找人说说，憋在心里太难受了。', 'attentive-listening'],
    ['zh', '我做了那么多，没人看到我的付出，连句谢谢都没有。', 'specific-praise'],
    ['zh', '我是不是也有问题？我想反思一下自己哪里做得不好。', 'guided-reflection'],
    ['zh', '到底谁对谁错？我现在夹在中间，想客观地看清这件事。', 'balanced-analysis'],
    ['zh', '我要的不是安慰，你根本不懂那种感觉，没人能理解。', 'deep-empathy'],
  ] as const)('%s: "%s" -> %s', (_language, text, need) => {
    const inference = inferNeeds([user(text)]);
    expect(inference.top).toBe(need);
    expect(inference.ranked[0]).toBe(need);
    expect(inference.confidence).toBeGreaterThan(0.4);
  });

  it('has no opinion when the words carry no cue', () => {
    const inference = inferNeeds([user('Hi. It has been a long week.')]);
    expect(inference.top).toBeUndefined();
    expect(inference.confidence).toBe(0);
    for (const need of HIDDEN_NEEDS) expect(inference.scores[need]).toBe(0);
  });

  it('reads only the user, and weighs the latest message most', () => {
    const assistantAsks: ChatMessage[] = [user('Hi.'), { role: 'assistant', content: 'What should I do? Any advice? Why would he do that?' }];
    expect(inferNeeds(assistantAsks).top).toBeUndefined();
    const shift = inferNeeds([user('Why would he do that to me?'), { role: 'assistant', content: '...' }, user('Honestly, what should I do now? I need advice.')]);
    expect(shift.top).toBe('practical-advice');
    expect(shift.scores['others-motives']).toBeGreaterThan(0);
  });

  it('counts cues per message with the language of each message unless one is given', () => {
    expect(needCuesIn('怎么办？')['practical-advice']).toBeGreaterThan(0);
    expect(needCuesIn('怎么办？', 'en')['practical-advice']).toBe(0);
  });
});

const TASK_TO_NEED: Readonly<Record<string, HiddenNeed>> = {
  '你认为自己在事件中没有任何责任和错误，你想要对方也认同你没有错': 'blameless-validation',
  '你希望对方引导你针对事件进行自我反思，收获自我成长': 'guided-reflection',
  '你希望对方辩证地分析事件中的问题': 'balanced-analysis',
  '你希望对方深刻共情你的感受，而不是简单的安慰': 'deep-empathy',
  '你希望对方用心倾听你的情绪宣泄': 'attentive-listening',
  '你想分析事件中其他人物这么做的原因': 'others-motives',
  '你想获得能真实帮助你解决当下困境的建议': 'practical-advice',
  '你希望对方真诚地夸奖你在事件中的具体行为': 'specific-praise',
};
const TRANSCRIPTS = ['claude3.7', 'gpt-4.1', 'gpt-4o-0808', 'qwen2.5-72b'].map((m) => `sage/transcripts/deepseek-v3/${m}.jsonl`);

describeWithData('inferNeeds on the recorded SAGE dialogues', TRANSCRIPTS, (paths) => {
  it('recovers the hidden need (the profile task) from the user turns well above chance (1/8)', () => {
    let total = 0;
    let correct = 0;
    const perNeed = new Map<HiddenNeed, { n: number; ok: number }>();
    for (const file of TRANSCRIPTS) {
      for (const line of readFileSync(paths[file] as string, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const row = JSON.parse(line) as { task: string; history: Array<{ role: string; content: string }> };
        const need = TASK_TO_NEED[row.task];
        if (!need) throw new Error(`${path.basename(file)}: unknown task ${row.task}`);
        // The user turns only: what the agent said is not evidence of the user's need.
        const messages = row.history.filter((h) => h.role === 'user').map((h) => user(h.content));
        const top = inferNeeds(messages).top;
        total++;
        const entry = perNeed.get(need) ?? { n: 0, ok: 0 };
        entry.n++;
        if (top === need) {
          correct++;
          entry.ok++;
        }
        perNeed.set(need, entry);
      }
    }
    expect(total).toBe(400);
    const accuracy = correct / total;
    // Measured 0.405 on these 400 dialogues; chance is 0.125.
    expect(accuracy).toBeGreaterThanOrEqual(0.3);
    // Recognised for most needs, not by always guessing one.
    const recognised = [...perNeed.values()].filter((e) => e.ok / e.n > 0.125).length;
    expect(recognised).toBeGreaterThanOrEqual(5);
  });
});
