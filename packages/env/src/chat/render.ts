import type { Persona } from '../personas/types';
import { emotionBand } from '../simulators/bands';
import type { Appraisal } from '../simulators/types';
import type { ChatMessage } from './messages';

/**
 * A plain-text transcript: each user turn with the emotion after it, each agent reply with the appraisal's
 * change and reasons. Used by `render()` in "ansi" mode.
 */
export function renderTranscript(persona: Persona, history: readonly ChatMessage[], appraisals: readonly Appraisal[], initialEmotion: number): string {
  const lines = [`# ${persona.name} (${persona.id}) - ${persona.topic}`];
  let emotion = initialEmotion;
  let turn = 0;
  for (const message of history) {
    if (message.role === 'user') {
      lines.push(`USER  [emotion ${emotion} ${emotionBand(emotion)}] ${message.content}`);
    } else if (message.role === 'assistant') {
      lines.push(`AGENT ${message.content}`);
      const appraisal = appraisals[turn];
      if (appraisal) {
        emotion = Math.min(100, emotion + appraisal.change);
        const why = appraisal.reasons.map((r) => `${r.cue} ${r.effect >= 0 ? '+' : ''}${r.effect}`).join(', ');
        lines.push(`      (${appraisal.change >= 0 ? '+' : ''}${appraisal.change}: ${why || 'no cue'})`);
      }
      turn += 1;
    }
  }
  return lines.join('\n');
}
