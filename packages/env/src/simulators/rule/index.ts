// PLACEHOLDER until the rule simulator lands: a neutral user that never changes emotion.
import type { Appraisal, DialogueState, UserSimulator, UserUtterance } from '../types';

export class RuleSimulator implements UserSimulator {
  readonly name = 'rule';
  async open(state: DialogueState): Promise<UserUtterance> {
    return { text: state.persona.firstMessage ?? state.persona.topic, goodbye: false };
  }
  async appraise(_state: DialogueState, reply: string): Promise<Appraisal> {
    return { change: reply.length > 0 ? 5 : -5, reasons: [{ cue: 'placeholder', effect: 0, detail: 'placeholder' }] };
  }
  async respond(_state: DialogueState, _reply: string, _appraisal: Appraisal, _emotionAfter: number): Promise<UserUtterance> {
    return { text: 'ok', goodbye: false };
  }
}
