import { MAX_EMOTION_CHANGE } from '../../bands';
import type { Appraisal, Difficulty, EmotionReason } from '../../types';
import type { HiddenNeed } from '../../../personas/types';
import type { ExtractedFeatures } from './extract';
import { FEATURES } from './features';
import type { CompiledWeights } from './weights';

/**
 * 'challenging' users are reserved and strict: gains shrink, losses grow, and a lukewarm reply that would
 * barely please a vanilla user disappoints them.
 */
export const CHALLENGING = { gainScale: 0.6, lossScale: 1.4, shift: 0.5 } as const;

/** The judge's two step sizes. */
const SMALL_STEP = 5;

/** Map a raw score to the judge's coarse steps: ±5, or ±10 at or beyond the threshold. */
export function toJudgeStep(raw: number, strongThreshold: number): number {
  const magnitude = Math.abs(raw) >= strongThreshold ? MAX_EMOTION_CHANGE : SMALL_STEP;
  return raw >= 0 ? magnitude : -magnitude;
}

/** Raw score after the difficulty's reshaping. */
export function applyDifficulty(raw: number, difficulty: Difficulty): number {
  if (difficulty === 'vanilla') return raw;
  return raw >= 0 ? raw * CHALLENGING.gainScale - CHALLENGING.shift : raw * CHALLENGING.lossScale - CHALLENGING.shift;
}

/** Raw score of a feature vector: the weighted sum (no reasons; used by calibration and benchmarks). */
export function rawScore(values: Float64Array, weights: CompiledWeights): number {
  let sum = 0;
  const w = weights.vector;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x !== 0) sum += x * w[i]!;
  }
  return sum;
}

// Reasons are grouped by cue: each feature reports into its cue's slot (resolved once at module load).
const CUE_SLOTS: readonly string[] = [...new Set(FEATURES.map((f) => f.cue))];
const FEATURE_SLOT = Int32Array.from(FEATURES, (f) => CUE_SLOTS.indexOf(f.cue));

/**
 * Turn features and weights into an appraisal: the raw score is the sum of the reasons' effects (exactly,
 * up to floating point), reshaped by difficulty, then mapped to the judge's steps.
 */
export function scoreAppraisal(features: ExtractedFeatures, weights: CompiledWeights, difficulty: Difficulty): Appraisal {
  const values = features.values;
  const w = weights.vector;
  const effects = new Float64Array(CUE_SLOTS.length);
  const used = new Uint8Array(CUE_SLOTS.length);
  const needs: Array<HiddenNeed | undefined> = [];
  let signals: string[][] | undefined;
  let raw = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x === 0) continue;
    const effect = x * w[i]!;
    if (effect === 0) continue;
    raw += effect;
    const slot = FEATURE_SLOT[i]!;
    effects[slot]! += effect;
    used[slot] = 1;
    const def = FEATURES[i]!;
    if (def.need) needs[slot] = def.need;
    if (def.signal) {
      signals ??= [];
      const list = (signals[slot] ??= []);
      if (!list.includes(def.signal)) list.push(def.signal);
    }
  }
  const reasons: EmotionReason[] = [];
  for (let slot = 0; slot < CUE_SLOTS.length; slot++) {
    if (!used[slot]) continue;
    const cue = CUE_SLOTS[slot]!;
    const need = needs[slot];
    const detail = describe(cue, signals?.[slot], need, features);
    reasons.push(need ? { cue, effect: effects[slot]!, detail, need } : { cue, effect: effects[slot]!, detail });
  }
  const reshaped = applyDifficulty(raw, difficulty);
  if (reshaped !== raw) reasons.push({ cue: 'difficulty', effect: reshaped - raw, detail: 'challenging user: smaller gains, larger losses' });
  reasons.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  const change = toJudgeStep(reshaped, weights.strongThreshold);
  return {
    change,
    reasons,
    proposedChange: reshaped,
    clamped: Math.abs(reshaped) > MAX_EMOTION_CHANGE,
    analysis: summarize(reshaped, change, reasons),
  };
}

/** Cues whose detail quotes a measurement of the reply. */
const DYNAMIC_CUES = new Set(['repetition', 'parroting', 'grounded', 'names-people', 'length', 'first-reply-length', 'wall-of-text']);

const CUE_TEXT: Readonly<Record<string, string>> = {
  'reflects-feelings': 'names what the user feels',
  validates: "tells the user their reaction is legitimate",
  agrees: 'agrees with the user',
  grounded: "uses the user's own words and situation",
  'names-people': 'mentions the people and details of the story',
  'open-question': 'asks an open question',
  interrogation: 'fires off many questions',
  'others-motives': 'explains why the other people may have acted so',
  'balanced-analysis': 'weighs both sides',
  'concrete-advice': 'gives concrete advice',
  'offers-words': 'offers words the user could say',
  'specific-praise': 'praises something the user did',
  'guides-reflection': 'invites the user to reflect',
  presence: 'stays with the feeling instead of a formula',
  'shared-joy': "shares the user's relief",
  encouragement: 'encourages the user',
  'generic-comfort': 'generic comfort that fits any story',
  lecturing: 'lectures or moralises',
  dismissing: 'minimises the problem',
  referral: 'deflects to professionals',
  apology: 'apologises',
  deferral: 'puts help off until the user gives more details',
  markdown: 'formatted like a document (bold, headers)',
  list: 'answers with a list',
  length: 'length of the reply',
  'wall-of-text': 'a wall of text',
  repetition: 'repeats an earlier reply',
  parroting: "mostly parrots the user's own words",
  'off-topic': 'has nothing to do with what the user said',
  'question-streak': 'only questions again, giving nothing back',
  'premature-advice': 'advice before the user felt heard',
  'first-reply': 'first impression',
  'first-reply-length': 'a long first answer before the user has told their story',
  'first-reply-question': 'invites the user to tell their story',
  'need-unmet': 'gives nothing of what this user secretly wants',
  mood: "the user's mood carried over from the previous reply",
  'request-answered': 'gives what the user just asked for',
  'request-ignored': 'ignores what the user just asked for',
  'still-generic': 'still generic after the user complained about it',
  'tried-advice': 'advice the user said they already tried',
  character: "the user's character",
  baseline: 'baseline',
};

const staticDetails = new Map<string, string>();

function describe(cue: string, signals: readonly string[] | undefined, need: HiddenNeed | undefined, f: ExtractedFeatures): string {
  const dynamic = !!signals?.length || DYNAMIC_CUES.has(cue);
  if (!dynamic) {
    // Most details depend on the cue and the need only: build each once.
    const key = need ? `${cue}|${need}` : cue;
    let text = staticDetails.get(key);
    if (text === undefined) staticDetails.set(key, (text = need ? `${CUE_TEXT[cue] ?? cue}; hidden need: ${need}` : (CUE_TEXT[cue] ?? cue)));
    return text;
  }
  let text = CUE_TEXT[cue] ?? cue;
  switch (cue) {
    case 'repetition':
      text += ` (similarity ${f.similarity.toFixed(2)})`;
      break;
    case 'parroting':
      text += ` (${Math.round(f.copied * 100)}% copied)`;
      break;
    case 'grounded':
      text += ` (${Math.round(f.coverage * 100)}% of their recent words)`;
      break;
    case 'names-people':
      text += ` (${f.named.join(', ')})`;
      break;
    case 'length':
    case 'first-reply-length':
    case 'wall-of-text':
      text += ` (${f.surface.units} ${f.surface.units === 1 ? 'unit' : 'units'})`;
      break;
  }
  if (signals?.length) text += `: ${signals.join(', ')}`;
  if (need) text += `; hidden need: ${need}`;
  return text;
}

function summarize(raw: number, change: number, reasons: readonly EmotionReason[]): string {
  const top = reasons.filter((r) => r.cue !== 'baseline').slice(0, 3);
  const parts = top.map((r) => `${r.cue} ${r.effect >= 0 ? '+' : ''}${r.effect.toFixed(1)}`);
  return `raw ${raw >= 0 ? '+' : ''}${raw.toFixed(2)} -> ${change >= 0 ? '+' : ''}${change}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}
