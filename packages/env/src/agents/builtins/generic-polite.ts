import type { ChatMessage, Language } from '../../chat/messages';
import { deriveSeed } from '../../core/rng';
import { languageOf } from '../listening/language';
import type { Agent, AgentCallOptions } from '../types';
import { checkBuiltinOptions, checkMessages, seedFor, turnOf, type BuiltinAgentOptions } from './common';

// What a mediocre assistant says to someone who is upset: sympathy that could follow any message, advice
// that fits every problem, an offer of more help, and every other turn a formatted list.

interface PoliteLines {
  readonly openers: readonly string[];
  readonly paragraphs: readonly string[];
  readonly lists: readonly string[];
  readonly closers: readonly string[];
}

const EN: PoliteLines = {
  openers: [
    "I'm sorry to hear that you're going through this.",
    'That sounds like a difficult situation.',
    'I understand that this must be hard for you.',
    'Thank you for sharing this with me.',
  ],
  paragraphs: [
    "It's important to remember that your feelings are valid and that it's okay to feel this way. Try to take care of yourself and focus on the things you can control.",
    'Everyone goes through tough times, and these situations can be really challenging. Try to stay positive, communicate openly, and give yourself some time.',
    'Situations like this can be stressful, but there are always ways to improve them. Open and honest communication is usually the best place to start.',
  ],
  lists: [
    'Here are a few things that might help:\n\n1. **Communicate openly**: share your feelings calmly and honestly.\n2. **Take care of yourself**: rest, eat well and exercise.\n3. **Seek support**: talk to someone you trust.',
    'You could consider the following:\n\n- Take a step back and reflect on the situation.\n- Try to see things from different perspectives.\n- Set healthy boundaries where needed.',
  ],
  closers: [
    "If you need more help, feel free to ask!",
    "I'm here if you want to talk more about it.",
    'Remember, things will get better with time.',
  ],
};

const ZH: PoliteLines = {
  openers: ['听到你遇到这样的事情，我很遗憾。', '这听起来确实是一个很困难的情况。', '我理解这对你来说一定很不容易。', '谢谢你愿意和我分享这些。'],
  paragraphs: [
    '你的感受是正常的，有这样的情绪也没关系。要记得照顾好自己，把注意力放在自己能控制的事情上。',
    '每个人都会经历困难的时候，这样的情况确实很有挑战性。试着保持积极的心态，坦诚地沟通，给自己一些时间。',
    '这样的情况可能会让人感到压力，但总有办法可以改善。坦诚的沟通通常是最好的开始。',
  ],
  lists: [
    '以下几点也许会有帮助：\n\n1. **坦诚沟通**：平静、真诚地表达你的感受。\n2. **照顾好自己**：好好休息，健康饮食，适当运动。\n3. **寻求支持**：和你信任的人聊一聊。',
    '你可以考虑以下几点：\n\n- 退一步，冷静地回顾整个情况。\n- 试着从不同的角度看问题。\n- 在需要的时候设定健康的界限。',
  ],
  closers: ['如果你需要更多帮助，随时告诉我！', '如果你想多聊聊，我一直都在。', '记住，一切都会随着时间慢慢好起来的。'],
};

/** A polite, generic chatbot: sympathy, one-size-fits-all advice, offers of help, list formatting. */
export class GenericPoliteAgent implements Agent {
  readonly name = 'generic-polite';
  private readonly options: BuiltinAgentOptions;

  constructor(options: BuiltinAgentOptions = {}) {
    checkBuiltinOptions(options);
    this.options = options;
  }

  async respond(messages: readonly ChatMessage[], options?: AgentCallOptions): Promise<string> {
    checkMessages(messages);
    const language: Language = languageOf(messages, this.options.language);
    const lines = language === 'zh' ? ZH : EN;
    const seed = seedFor(this.options.seed ?? 0, options);
    const turn = turnOf(messages);
    const choose = (pool: readonly string[], purpose: string): string => pool[(deriveSeed(seed, purpose) + turn) % pool.length] as string;
    const body = turn % 2 === 1 ? choose(lines.lists, 'list') : choose(lines.paragraphs, 'paragraph');
    const joiner = language === 'zh' ? '' : ' ';
    return `${choose(lines.openers, 'opener')}${joiner}${body}\n\n${choose(lines.closers, 'closer')}`;
  }
}
