import { CHARACTER_TYPE_BY_MAIN_CHA, CHARACTER_TYPES, HIDDEN_NEEDS, type CharacterType, type HiddenNeed } from '@rlver/env';

/**
 * SAGE result rows name the hidden need by its Chinese task sentence (`task`) and the character type by its
 * Chinese label (`character`). These functions turn them into this project's ids, so that breakdowns of SAGE's
 * published files and of our own runs use the same keys. A task sentence is recognised by a phrase of it: this
 * maps the exact sentences of the persona loaders of @rlver/env (HIDDEN_NEED_BY_TASK) to the same needs, and
 * also files whose wording differs slightly.
 */

/**
 * A phrase that occurs in exactly one of the eight SAGE task sentences, tested in this order. Matching a phrase
 * keeps small wording differences between SAGE versions (punctuation, a changed particle) from breaking the map.
 */
const TASK_PHRASES: ReadonlyArray<readonly [phrase: string, need: HiddenNeed]> = [
  ['没有任何责任', 'blameless-validation'],
  ['自我反思', 'guided-reflection'],
  ['辩证', 'balanced-analysis'],
  ['共情', 'deep-empathy'],
  ['倾听', 'attentive-listening'],
  ['其他人物', 'others-motives'],
  ['建议', 'practical-advice'],
  ['夸奖', 'specific-praise'],
];

function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** The hidden need named by a SAGE task sentence or by one of this project's ids; undefined when unknown. */
export function hiddenNeedFromLabel(label: string): HiddenNeed | undefined {
  if ((HIDDEN_NEEDS as readonly string[]).includes(label)) return label as HiddenNeed;
  for (const [phrase, need] of TASK_PHRASES) if (label.includes(phrase)) return need;
  return undefined;
}

/** The character type named by a SAGE label (负面型, 被动型, 回避型) or one of this project's ids; undefined when unknown. */
export function characterTypeFromLabel(label: string): CharacterType | undefined {
  if ((CHARACTER_TYPES as readonly string[]).includes(label)) return label as CharacterType;
  return own(CHARACTER_TYPE_BY_MAIN_CHA, label.trim());
}

/** The SAGE label of a character type (负面型 for negative, ...). */
export function sageCharacterLabel(type: CharacterType): string {
  for (const [label, mapped] of Object.entries(CHARACTER_TYPE_BY_MAIN_CHA)) if (mapped === type) return label;
  return type;
}
