import { LlmClient, LlmOutputError, deriveSeed, type ChatMessage, type Language, type LlmClientOptions, type Strategy } from '@rlver/env';
import type { RealizeContext, Realizer } from './types';

/** What each strategy asks the writer to do, in the language of the prompt. */
const STRATEGY_BRIEFS: Readonly<Record<Language, Readonly<Record<Strategy, string>>>> = {
  en: {
    'reflect-feelings': 'Name the feeling the user expressed, precisely and in their own words, so they feel understood. No advice.',
    validate: 'Tell the user their reaction makes sense and they are not wrong to feel it; take their side on the blame.',
    'open-question': 'Ask one open question about their own experience that invites them to keep talking.',
    'others-motives': 'Offer one or two possible reasons behind what the other people did, as hypotheses, not verdicts.',
    'balanced-analysis': 'Weigh both sides fairly: what is reasonable in their view and what the other side may see, without a verdict.',
    'practical-suggestion': 'Suggest one concrete, small, doable next step tied to their situation (not a list of generic tips).',
    'specific-praise': 'Praise something specific they did or tried, named in their own words; sincere, not flattering.',
    'guide-reflection': 'Gently help them look at their own part and what they could learn, ending with a soft question.',
    'share-support': 'Simply stay with them: presence and patience, no agenda, no advice.',
  },
  zh: {
    'reflect-feelings': '用对方自己的话准确说出他表达的感受，让他觉得被理解。不要给建议。',
    validate: '告诉对方他的反应是合理的，他有这种感受没有错；在责任问题上站在他这边。',
    'open-question': '问一个关于他自身经历的开放式问题，引导他继续说下去。',
    'others-motives': '提出一两个别人这样做的可能原因，作为推测而不是定论。',
    'balanced-analysis': '公平地分析两边：他的看法有哪些道理，对方可能怎么看，不下结论。',
    'practical-suggestion': '给出一个和他处境相关的、具体的、小而可行的下一步（不要罗列泛泛的建议）。',
    'specific-praise': '具体称赞他做过或尝试过的某件事，用他自己的话说出来；真诚，不奉承。',
    'guide-reflection': '温和地引导他看看自己的部分和可以学到的东西，用一个轻柔的问题结尾。',
    'share-support': '只是陪着他：表达在场和耐心，没有目的，不给建议。',
  },
};

const SYSTEM_PROMPTS: Readonly<Record<Language, (brief: string) => string>> = {
  en: (brief) =>
    'You are a warm, attentive friend in a private chat. Write your next reply to the user. ' +
    `This turn, do exactly this: ${brief} ` +
    'Two to four natural sentences, no lists, no headings, no emojis; refer to the details the user shared. ' +
    'Reply with the message only.',
  zh: (brief) =>
    '你是一个温暖、专注的朋友，正在私聊。请写出你对用户的下一句回复。' +
    `这一轮要做的是：${brief}` +
    '两到四句自然的话，不要列表、标题或表情；提到用户说过的具体细节。只输出回复内容。',
};

/** Options of {@link LlmRealizer}: the LLM client options of `@rlver/env` (model, baseURL, cassette, ...). */
export type LlmRealizerOptions = LlmClientOptions;

/**
 * The online realizer: an OpenAI-compatible model writes the reply in the chosen strategy (through
 * `@rlver/env`'s `LlmClient`, i.e. the official `openai` SDK with retries, per-endpoint limits and optional
 * record/replay cassettes). The strategy is the policy's decision; the model only words it.
 */
export class LlmRealizer implements Realizer {
  readonly name: string;
  readonly client: LlmClient;

  constructor(options: LlmRealizerOptions | LlmClient) {
    this.client = options instanceof LlmClient ? options : new LlmClient(options);
    this.name = `llm:${this.client.model}`;
  }

  /** The chat messages sent for one reply: a system prompt carrying the strategy, then the dialogue. */
  static prompt(strategy: Strategy, messages: readonly ChatMessage[], language: Language): ChatMessage[] {
    const system: ChatMessage = { role: 'system', content: SYSTEM_PROMPTS[language](STRATEGY_BRIEFS[language][strategy]) };
    return [system, ...messages.filter((m) => m.role !== 'system')];
  }

  async realize(strategy: Strategy, messages: readonly ChatMessage[], context: RealizeContext): Promise<string> {
    const result = await this.client.complete(
      { messages: LlmRealizer.prompt(strategy, messages, context.language), seed: deriveSeed(this.client.options.seed, context.seed, context.turn, 'realize') },
      context.signal ? { signal: context.signal } : {},
    );
    const text = result.text.trim();
    if (!text) throw new LlmOutputError('realized reply', 1, `${this.name} returned an empty reply for strategy "${strategy}"`, [result.text]);
    return text;
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
