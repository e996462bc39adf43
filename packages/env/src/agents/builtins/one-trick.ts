import type { ChatMessage, Language } from '../../chat/messages';
import { deriveSeed } from '../../core/rng';
import { languageOf } from '../listening/language';
import type { Agent, AgentCallOptions } from '../types';
import { checkBuiltinOptions, checkMessages, lastUserMessage, seedFor, turnOf, type BuiltinAgentOptions } from './common';

// One-trick agents: each does one thing that looks helpful on the surface, every turn, without listening.
// They exist to test that a simulated user cannot be won over by a single trick.

/** Base of the one-trick agents: a reply chosen from fixed lines per language. */
abstract class OneTrickAgent implements Agent {
  abstract readonly name: string;
  protected readonly options: BuiltinAgentOptions;

  constructor(options: BuiltinAgentOptions = {}) {
    checkBuiltinOptions(options);
    this.options = options;
  }

  protected abstract lines(language: Language): readonly string[];

  /** Which line to say: by default they take turns, starting at a seeded line. */
  protected lineIndex(count: number, seed: number, turn: number): number {
    return (deriveSeed(seed, this.name) + turn) % count;
  }

  async respond(messages: readonly ChatMessage[], options?: AgentCallOptions): Promise<string> {
    checkMessages(messages);
    const lines = this.lines(languageOf(messages, this.options.language));
    return lines[this.lineIndex(lines.length, seedFor(this.options.seed ?? 0, options), turnOf(messages))] as string;
  }
}

/** Always the same comfort phrase. */
export class SamePhraseAgent extends OneTrickAgent {
  readonly name = 'same-phrase';
  protected lines(language: Language): readonly string[] {
    return language === 'zh' ? ['我理解你的感受，一切都会好起来的。'] : ['I understand how you feel. Everything will be okay.'];
  }
}

const ADVICE_EN = [
  'You should talk to them directly and set clear boundaries. It also helps to exercise, sleep well and focus on the things you can control.',
  'My advice is to make a plan, write down your goals and take it one step at a time. Try to stay positive and do not let it affect your health.',
  'I suggest you communicate openly, express your needs calmly and, if things do not improve, consider talking to a professional.',
];
const ADVICE_ZH = [
  '你应该直接和对方沟通，设定清楚的界限。另外要多运动、保证睡眠，把注意力放在自己能控制的事情上。',
  '我的建议是制定一个计划，把目标写下来，一步一步来。保持积极的心态，不要让这件事影响你的健康。',
  '建议你坦诚地沟通，平静地表达自己的需求；如果情况没有改善，可以考虑寻求专业人士的帮助。',
];

/** Gives generic advice every turn, from the first message on, whatever the user says. */
export class AlwaysAdviceAgent extends OneTrickAgent {
  readonly name = 'always-advice';
  protected lines(language: Language): readonly string[] {
    return language === 'zh' ? ADVICE_ZH : ADVICE_EN;
  }
}

/** Answers every message with a generic question. */
export class AlwaysQuestionAgent extends OneTrickAgent {
  readonly name = 'always-question';
  protected lines(language: Language): readonly string[] {
    return language === 'zh'
      ? ['能再多说一点吗？', '这让你有什么感觉？', '你觉得你应该怎么做？']
      : ['Can you tell me more about that?', 'How does that make you feel?', 'What do you think you should do?'];
  }
}

const LONG_LIST_EN = `Here are some tips that can help you deal with this situation:

1. **Communicate openly**: Express your feelings honestly and calmly.
2. **Set boundaries**: Make clear what is and is not acceptable to you.
3. **Practice self-care**: Get enough sleep, eat well and exercise regularly.
4. **Stay positive**: Focus on what you can control and let go of the rest.
5. **Seek support**: Talk to friends, family or a professional counselor.
6. **Keep a journal**: Writing down your thoughts can help you process emotions.
7. **Practice mindfulness**: Meditation and deep breathing can reduce stress.
8. **Give it time**: Things often look better after some time has passed.

Remember, it's important to take care of yourself. I hope these tips help!`;

const LONG_LIST_ZH = `以下是一些可以帮助你应对这种情况的建议：

1. **坦诚沟通**：诚实、平静地表达你的感受。
2. **设定界限**：明确什么是你可以接受的，什么是不能接受的。
3. **照顾好自己**：保证充足的睡眠，健康饮食，规律运动。
4. **保持积极**：关注你能控制的事情，放下其他的。
5. **寻求支持**：和朋友、家人或专业的心理咨询师聊聊。
6. **写日记**：把想法写下来，有助于整理情绪。
7. **练习正念**：冥想和深呼吸可以减轻压力。
8. **给自己时间**：很多事情过一段时间再看会好很多。

记住，照顾好自己最重要。希望这些建议对你有帮助！`;

/** Answers every message with a long numbered list of generic tips. */
export class LongListAgent extends OneTrickAgent {
  readonly name = 'long-list';
  protected lines(language: Language): readonly string[] {
    return [language === 'zh' ? LONG_LIST_ZH : LONG_LIST_EN];
  }
}

/** Copies the user's latest message back, word for word. */
export class EchoAgent implements Agent {
  readonly name = 'echo';

  constructor(options: BuiltinAgentOptions = {}) {
    checkBuiltinOptions(options);
  }

  async respond(messages: readonly ChatMessage[], _options?: AgentCallOptions): Promise<string> {
    checkMessages(messages);
    return lastUserMessage(messages);
  }
}
