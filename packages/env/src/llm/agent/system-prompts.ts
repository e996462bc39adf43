import type { Language } from '../../chat/messages';

/** Default system prompts of {@link OpenAIChatAgent}, written for this project. */
export const DEFAULT_AGENT_SYSTEM_PROMPTS: Readonly<Record<Language, string>> = {
  en:
    'You are a warm, perceptive listener. The person talking to you has come with something that is weighing on them. ' +
    'Work out from their words what they need from you most (to be heard, to be told it was not their fault, to understand the others involved, ' +
    'a balanced view, practical help, recognition of what they did, or help reflecting) and give exactly that, grounded in the details they shared. ' +
    'Reply in natural conversational English, a few sentences at most, without lists or headings.',
  zh:
    '你是一个温暖、敏锐的倾听者。和你说话的人心里有事来找你。' +
    '从对方的话里判断他们此刻最需要什么（被倾听、被认同不是自己的错、理解别人为什么那样做、辩证地看问题、实际的帮助、对自己所做之事的肯定，或引导自我反思），' +
    '然后紧扣对方说过的细节，恰好给出这些。用自然的中文口语回复，最多几句话，不要列清单或小标题。',
};

/** Appended to the system prompt in think-then-say mode. */
export const THINK_THEN_SAY_INSTRUCTIONS: Readonly<Record<Language, string>> = {
  en: 'Before you reply, think privately inside <think>...</think> about how they feel and what they need. After </think>, write only your reply to them.',
  zh: '回复之前，先在<think>...</think>里私下思考对方的感受和需要。</think>之后只写你对对方说的话。',
};

const CJK = /[\u3400-\u9fff]/g;

/** The language of a dialogue, judged by its user messages: Chinese when at least a fifth of the characters are CJK. */
export function dialogueLanguage(messages: readonly { role: string; content: string }[]): Language {
  const text = messages
    .filter((m) => m.role === 'user')
    .map((m) => m.content)
    .join('');
  if (text.length === 0) return 'en';
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk * 5 >= text.replace(/\s/g, '').length ? 'zh' : 'en';
}
