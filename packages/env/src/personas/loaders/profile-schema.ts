import type { JSONSchemaType } from 'ajv';
import { compileValidator, type Validator } from '../../validation/schema';
import type { CharacterType, HiddenNeed } from '../types';

/**
 * SAGE (`main_cha`) character types and their enum values. The mapping is exact: an unknown value is a bad
 * profile, not a guess.
 */
export const CHARACTER_TYPE_BY_MAIN_CHA: Readonly<Record<string, CharacterType>> = {
  负面型: 'negative',
  被动型: 'passive',
  回避型: 'avoidant',
};

/** The eight SAGE/RLVER `task` sentences, word for word, and the hidden need each one names. */
export const HIDDEN_NEED_BY_TASK: Readonly<Record<string, HiddenNeed>> = {
  '你认为自己在事件中没有任何责任和错误，你想要对方也认同你没有错': 'blameless-validation',
  '你希望对方引导你针对事件进行自我反思，收获自我成长': 'guided-reflection',
  '你希望对方辩证地分析事件中的问题': 'balanced-analysis',
  '你希望对方深刻共情你的感受，而不是简单的安慰': 'deep-empathy',
  '你希望对方用心倾听你的情绪宣泄': 'attentive-listening',
  '你想分析事件中其他人物这么做的原因': 'others-motives',
  '你想获得能真实帮助你解决当下困境的建议': 'practical-advice',
  '你希望对方真诚地夸奖你在事件中的具体行为': 'specific-praise',
};

/** One line of a SAGE (`first_talk` present) or RLVER (no `first_talk`) profile file. */
export interface RawProfile {
  id: string;
  /** Persona description: 姓名, 年龄, 性别, 职业, hobbies, habits, speaking style. */
  player: string;
  /** Scene description: background event, its stages, the conflict, difficulties, reactions, hidden theme. */
  scene: string;
  main_cha: string;
  cha_group: string[];
  task: string;
  /** The preset first message (SAGE test profiles only). */
  first_talk?: string;
}

const text = { type: 'string', minLength: 1 } as const;

/**
 * Schema of a raw profile line. Other fields are tolerated (SAGE transcript rows carry more), but the ones the
 * persona is built from must be present and must hold the exact values SAGE uses.
 */
export const rawProfileSchema = {
  type: 'object',
  required: ['id', 'player', 'scene', 'main_cha', 'cha_group', 'task'],
  properties: {
    id: text,
    player: text,
    scene: text,
    main_cha: { type: 'string', enum: Object.keys(CHARACTER_TYPE_BY_MAIN_CHA) },
    cha_group: { type: 'array', items: { type: 'string' } },
    task: { type: 'string', enum: Object.keys(HIDDEN_NEED_BY_TASK) },
    first_talk: { type: 'string', nullable: true },
  },
} as unknown as JSONSchemaType<RawProfile>;

/** Validates a raw profile; throws `SchemaValidationError` naming the file, line and field. */
export const validateRawProfile: Validator<RawProfile> = compileValidator<RawProfile>(rawProfileSchema);

/**
 * Whether a parsed JSONL value looks like a SAGE/RLVER profile rather than this project's Persona JSON: it has
 * the profile's free-text fields. Detection is per line, so one file may mix formats.
 */
export function looksLikeRawProfile(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return 'player' in v || 'scene' in v || 'main_cha' in v;
}
