import type { Appraisal, DialogueState, Difficulty, EmotionReason, HiddenNeed, Persona } from '@rlver/env';

/** A dialogue state for the voice, with the fields the voice reads set explicitly. */
export function stateFor(
  persona: Persona,
  options: { turn?: number; emotion?: number; seed?: number; appraisals?: readonly Appraisal[]; difficulty?: Difficulty; maxTurns?: number } = {},
): DialogueState {
  const appraisals = options.appraisals ?? [];
  const turn = options.turn ?? appraisals.length;
  return {
    persona,
    language: persona.language,
    difficulty: options.difficulty ?? 'vanilla',
    emotion: options.emotion ?? 40,
    initialEmotion: 40,
    turn,
    maxTurns: options.maxTurns ?? 8,
    history: [{ role: 'user', content: persona.firstMessage ?? persona.topic }],
    appraisals,
    seed: options.seed ?? 1,
  };
}

/** An appraisal whose strongest reason is `cue` (with the sign of `change`), optionally about a need. */
export function appraisal(change: number, cue: string, need?: HiddenNeed, extra: readonly EmotionReason[] = []): Appraisal {
  const main: EmotionReason = { cue, effect: change === 0 ? 0.1 : change, detail: cue, ...(need ? { need } : {}) };
  return { change, reasons: [main, { cue: 'baseline', effect: 0.5, detail: 'baseline' }, ...extra] };
}

/** The appraisal of a reply that gave nothing of what the need wants. */
export function missed(need: HiddenNeed, change = -5): Appraisal {
  return { change, reasons: [{ cue: 'need-unmet', effect: change, detail: 'need unmet', need }] };
}
