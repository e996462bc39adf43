import { CHARACTER_TYPES, HIDDEN_NEEDS, type CharacterType, type HiddenNeed } from '@rlver/env';

/**
 * SAGE result rows name the hidden need by its Chinese task sentence (`task`) and the character type by its
 * Chinese label (`character`). These maps turn them into this project's ids, so that breakdowns of SAGE's
 * published files and of our own runs use the same keys.
 */

/** SAGE `main_cha` / `character` labels. */
const CHARACTER_LABELS: ReadonlyMap<string, CharacterType> = new Map([
  ['负面型', 'negative'],
  ['被动型', 'passive'],
  ['回避型', 'avoidant'],
]);

/**
 * A phrase that occurs in exactly one of the eight SAGE task sentences, tested in this order. Matching a phrase
 * rather than the whole sentence keeps small wording differences between SAGE versions (punctuation, a changed
 * particle) from breaking the mapping.
 */
const TASK_PHRASES: ReadonlyArray<readonly [phrase: string, need: HiddenNeed]> = [
  ['没有任何责任', 'blameless-validation'], // 你认为自己在事件中没有任何责任和错误，你想要对方也认同你没有错
  ['自我反思', 'guided-reflection'], // 你希望对方引导你针对事件进行自我反思，收获自我成长
  ['辩证', 'balanced-analysis'], // 你希望对方辩证地分析事件中的问题
  ['共情', 'deep-empathy'], // 你希望对方深刻共情你的感受，而不是简单的安慰
  ['倾听', 'attentive-listening'], // 你希望对方用心倾听你的情绪宣泄
  ['其他人物', 'others-motives'], // 你想分析事件中其他人物这么做的原因
  ['建议', 'practical-advice'], // 你想获得能真实帮助你解决当下困境的建议
  ['夸奖', 'specific-praise'], // 你希望对方真诚地夸奖你在事件中的具体行为
];

/** The hidden need named by a SAGE task sentence or by one of this project's ids; undefined when unknown. */
export function hiddenNeedFromLabel(label: string): HiddenNeed | undefined {
  if ((HIDDEN_NEEDS as readonly string[]).includes(label)) return label as HiddenNeed;
  for (const [phrase, need] of TASK_PHRASES) if (label.includes(phrase)) return need;
  return undefined;
}

/** The character type named by a SAGE label (负面型, 被动型, 回避型) or one of this project's ids; undefined when unknown. */
export function characterTypeFromLabel(label: string): CharacterType | undefined {
  if ((CHARACTER_TYPES as readonly string[]).includes(label)) return label as CharacterType;
  return CHARACTER_LABELS.get(label.trim());
}
