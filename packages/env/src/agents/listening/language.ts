import type { ChatMessage, Language } from '../../chat/messages';

// CJK Unified Ideographs (basic block and extension A). Chinese replies always contain some.
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** `zh` when the text contains Chinese characters, else `en`. */
export function detectLanguage(text: string): Language {
  return HAN.test(text) ? 'zh' : 'en';
}

/**
 * The language to answer in: the explicit one when given, else the language of the user's latest message
 * (English for an empty dialogue).
 */
export function languageOf(messages: readonly ChatMessage[], explicit?: Language): Language {
  if (explicit) return explicit;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i] as ChatMessage;
    if (message.role === 'user' && message.content.trim()) return detectLanguage(message.content);
  }
  return 'en';
}
