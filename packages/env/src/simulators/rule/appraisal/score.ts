import { MAX_EMOTION_CHANGE } from '../../bands';
import type { Appraisal, Difficulty, EmotionReason } from '../../types';
import type { HiddenNeed } from '../../../personas/types';
import type { ExtractedFeatures } from './extract';
import { FEATURES } from './features';
import { toFixed } from './fixed';
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

// Reasons are grouped by cue: each feature reports into its cue's slot. Everything about a feature the loop
// needs is laid out in flat arrays at module load (feature objects have different shapes; reading their
// properties in the hot loop would be slow).
const CUE_SLOTS: readonly string[] = [...new Set(FEATURES.map((f) => f.cue))];
const FEATURE_SLOT = Int32Array.from(FEATURES, (f) => CUE_SLOTS.indexOf(f.cue));
const FEATURE_SIGNAL: ReadonlyArray<string | undefined> = FEATURES.map((f) => f.signal);
// Scratch space for one call (scoring is synchronous, so one set serves every call).
const effects = new Float64Array(CUE_SLOTS.length);
const used = new Uint8Array(CUE_SLOTS.length);
const needs = new Int8Array(CUE_SLOTS.length);
const NEED_IDS = [...new Set(FEATURES.flatMap((f) => (f.need ? [f.need] : [])))];
const FEATURE_NEED_ID = Int8Array.from(FEATURES, (f) => (f.need ? NEED_IDS.indexOf(f.need) : -1));

/**
 * Turn features and weights into an appraisal: the raw score is the sum of the reasons' effects (exactly,
 * up to floating point), reshaped by difficulty, then mapped to the judge's steps.
 */
export function scoreAppraisal(features: ExtractedFeatures, weights: CompiledWeights, difficulty: Difficulty): Appraisal {
  const values = features.values;
  const w = weights.vector;
  effects.fill(0);
  used.fill(0);
  needs.fill(-1);
  let signals: string[][] | undefined;
  let raw = 0;
  // Only the features extraction can have set, in ascending order: the sum runs in the same order as over all.
  const written = features.written;
  for (let k = 0; k < written.length; k++) {
    const i = written[k]!;
    const x = values[i]!;
    if (x === 0) continue;
    const effect = x * w[i]!;
    if (effect === 0) continue;
    raw += effect;
    const slot = FEATURE_SLOT[i]!;
    effects[slot]! += effect;
    used[slot] = 1;
    const need = FEATURE_NEED_ID[i]!;
    if (need >= 0) needs[slot] = need;
    const signal = FEATURE_SIGNAL[i];
    if (signal !== undefined) {
      signals ??= [];
      const list = (signals[slot] ??= []);
      if (!list.includes(signal)) list.push(signal);
    }
  }
  const reasons: EmotionReason[] = [];
  for (let slot = 0; slot < CUE_SLOTS.length; slot++) {
    if (!used[slot]) continue;
    const cue = CUE_SLOTS[slot]!;
    const need = needs[slot]! >= 0 ? NEED_IDS[needs[slot]!] : undefined;
    const detail = detailOf(slot, signals?.[slot], needs[slot]!, features);
    reasons.push(need ? { cue, effect: effects[slot]!, detail, need } : { cue, effect: effects[slot]!, detail });
  }
  const reshaped = applyDifficulty(raw, difficulty);
  if (reshaped !== raw) reasons.push({ cue: 'difficulty', effect: reshaped - raw, detail: 'challenging user: smaller gains, larger losses' });
  sortByMagnitude(reasons);
  const change = toJudgeStep(reshaped, weights.strongThreshold);
  return {
    change,
    reasons,
    proposedChange: reshaped,
    clamped: Math.abs(reshaped) > MAX_EMOTION_CHANGE,
    analysis: summarize(reshaped, change, reasons),
  };
}

/**
 * Largest |effect| first, equal ones in their order. An insertion sort on the magnitudes, kept in a scratch
 * array beside the reasons: a dozen reasons sort faster in place than through a comparator, and faster still
 * without reading each reason's effect again at every comparison.
 */
function sortByMagnitude(reasons: EmotionReason[]): void {
  const n = reasons.length;
  for (let i = 0; i < n; i++) magnitudes[i] = Math.abs(reasons[i]!.effect);
  for (let i = 1; i < n; i++) {
    const item = reasons[i]!;
    const size = magnitudes[i]!;
    let j = i - 1;
    while (j >= 0 && magnitudes[j]! < size) {
      reasons[j + 1] = reasons[j]!;
      magnitudes[j + 1] = magnitudes[j]!;
      j--;
    }
    reasons[j + 1] = item;
    magnitudes[j + 1] = size;
  }
}

/** At most one reason per cue slot, plus the difficulty's. */
const magnitudes = new Float64Array(CUE_SLOTS.length + 1);

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
  impatience: 'misses what this user wants again, after earlier replies missed it too',
  mood: "the user's mood carried over from the previous reply",
  'request-answered': 'gives what the user just asked for',
  'request-ignored': 'ignores what the user just asked for',
  'still-generic': 'still generic after the user complained about it',
  'tried-advice': 'advice the user said they already tried',
  character: "the user's character",
  baseline: 'baseline',
};

/** Cues whose detail reports a measurement of the reply (see `describe`). */
const MEASURED_CUES = new Set(['repetition', 'parroting', 'impatience', 'grounded', 'names-people', 'length', 'first-reply-length', 'wall-of-text']);
const SLOT_MEASURED = Uint8Array.from(CUE_SLOTS, (cue) => (MEASURED_CUES.has(cue) ? 1 : 0));
/**
 * Details that depend on the cue and the hidden need only, by `slot * (NEED_IDS.length + 1) + need + 1`:
 * most reasons of every appraisal say the same thing, so their text is built once rather than per reason.
 */
const fixedDetails: Array<string | undefined> = [];

/** The detail of a reason: `describe`'s text, shared when it does not depend on this reply's measurements or signals. */
function detailOf(slot: number, signals: readonly string[] | undefined, need: number, f: ExtractedFeatures): string {
  const cue = CUE_SLOTS[slot]!;
  const needId = need >= 0 ? NEED_IDS[need] : undefined;
  if (signals !== undefined || SLOT_MEASURED[slot] === 1) return describe(cue, signals, needId, f);
  const key = slot * (NEED_IDS.length + 1) + need + 1;
  return (fixedDetails[key] ??= describe(cue, undefined, needId, f));
}

function describe(cue: string, signals: readonly string[] | undefined, need: HiddenNeed | undefined, f: ExtractedFeatures): string {
  let measured = '';
  switch (cue) {
    case 'repetition':
      measured = ` (similarity ${toFixed(f.similarity, 2)})`;
      break;
    case 'parroting':
      measured = ` (${Math.round(f.copied * 100)}% copied)`;
      break;
    case 'impatience':
      measured = ` (${f.missStreak} earlier ${f.missStreak === 1 ? 'reply' : 'replies'} in a row)`;
      break;
    case 'grounded':
      measured = ` (${Math.round(f.coverage * 100)}% of their recent words)`;
      break;
    case 'names-people':
      measured = ` (${f.named.join(', ')})`;
      break;
    case 'length':
    case 'first-reply-length':
    case 'wall-of-text':
      measured = ` (${f.surface.units} ${f.surface.units === 1 ? 'unit' : 'units'})`;
      break;
  }
  let listed = '';
  if (signals?.length) {
    // Concatenated rather than `signals.join(', ')`, a runtime call that cost more than the rest of describe.
    listed = `: ${signals[0]!}`;
    for (let i = 1; i < signals.length; i++) listed += `, ${signals[i]!}`;
  }
  return `${CUE_TEXT[cue] ?? cue}${measured}${listed}${need ? `; hidden need: ${need}` : ''}`;
}

function summarize(raw: number, change: number, reasons: readonly EmotionReason[]): string {
  let text = `raw ${raw >= 0 ? '+' : ''}${toFixed(raw, 2)} -> ${change >= 0 ? '+' : ''}${change}`;
  let shown = 0;
  for (const r of reasons) {
    if (r.cue === 'baseline') continue;
    text += `${shown === 0 ? ' (' : ', '}${r.cue} ${r.effect >= 0 ? '+' : ''}${toFixed(r.effect, 1)}`;
    if (++shown === 3) break;
  }
  return shown ? `${text})` : text;
}

