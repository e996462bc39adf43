// INTERIM: a minimal voice behind the team contract's signatures, used until `./voice` (PERSONAS+VOICE) lands;
// then this file is deleted and `index.ts` imports `./voice`.
import { EMOTION_FAILURE_BELOW, EMOTION_MAX } from '../bands';
import type { Appraisal, DialogueState, UserUtterance } from '../types';

/** The user's opening message. */
export function openingUtterance(state: DialogueState): UserUtterance {
  return { text: state.persona.firstMessage ?? state.persona.topic, goodbye: false };
}

/** The user's answer to a reply, given its appraisal and the emotion after it. */
export function replyUtterance(state: DialogueState, _reply: string, appraisal: Appraisal, emotionAfter: number): UserUtterance {
  const zh = state.language === 'zh';
  if (emotionAfter >= EMOTION_MAX) return { text: zh ? '谢谢你，我好多了，再见。' : 'Thank you, I feel much better now. Bye.', goodbye: true };
  if (emotionAfter < EMOTION_FAILURE_BELOW) return { text: zh ? '算了，没用，再见。' : 'Forget it, this is useless. Bye.', goodbye: true };
  if (appraisal.change > 0) return { text: zh ? '嗯，谢谢，你说得有道理。' : 'Thanks, that makes sense.', goodbye: false };
  return { text: zh ? '唉，这还是太笼统了。' : 'Ugh, that still feels too generic.', goodbye: false };
}
