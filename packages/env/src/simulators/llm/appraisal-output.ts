import { compileValidator } from '../../validation/schema';
import type { HiddenNeed } from '../../personas/types';
import { MAX_EMOTION_CHANGE } from '../bands';
import type { Appraisal, EmotionReason } from '../types';
import { extractJsonObject } from './json-output';

/** How far a reply met a need, in the appraisal's words. */
export type NeedMet = 'yes' | 'partly' | 'no';

/** The appraisal stage's output object (see OUTPUT_FORMAT.md), field for field. */
export interface AppraisalOutput {
  readonly conveys: string;
  readonly stated_need: string;
  readonly stated_need_met: NeedMet;
  readonly hidden_need: string;
  readonly hidden_need_met: NeedMet;
  readonly inner_reaction: string;
  readonly feeling: string;
  /** Checked separately (integer, in range) so that an out-of-range value can still be clamped in the end. */
  readonly change: number;
}

/** The field names of {@link AppraisalOutput}, in the documented order. */
export const APPRAISAL_FIELDS = ['conveys', 'stated_need', 'stated_need_met', 'hidden_need', 'hidden_need_met', 'inner_reaction', 'feeling', 'change'] as const;

const text = { type: 'string', minLength: 1 } as const;
const met = { type: 'string', enum: ['yes', 'partly', 'no'] } as const;

const validateAppraisalOutput = compileValidator<AppraisalOutput>({
  type: 'object',
  properties: {
    conveys: text,
    stated_need: text,
    stated_need_met: met,
    hidden_need: text,
    hidden_need_met: met,
    inner_reaction: text,
    feeling: text,
    change: { type: 'number' },
  },
  required: [...APPRAISAL_FIELDS],
});

/**
 * The appraisal stage's answer, read:
 * - `ok`: valid, with an integer change in [-10, 10];
 * - `out-of-range`: valid except the change (not an integer, or outside [-10, 10]); worth another attempt, and
 *   usable (clamped) if no attempt does better;
 * - `malformed`: no usable answer.
 */
export type ParsedAppraisal =
  | { readonly status: 'ok'; readonly output: AppraisalOutput }
  | { readonly status: 'out-of-range'; readonly output: AppraisalOutput; readonly problem: string }
  | { readonly status: 'malformed'; readonly problem: string };

/** Read an appraisal answer (see {@link ParsedAppraisal}). */
export function parseAppraisalOutput(raw: string): ParsedAppraisal {
  const json = extractJsonObject(raw);
  if (!json.ok) return { status: 'malformed', problem: json.problem };
  const problem = validateAppraisalOutput.check(json.value);
  if (problem) return { status: 'malformed', problem };
  const output = json.value as unknown as AppraisalOutput;
  if (!Number.isFinite(output.change)) return { status: 'malformed', problem: 'field /change must be a finite number' };
  if (!Number.isInteger(output.change)) return { status: 'out-of-range', output, problem: `field /change is ${output.change}, not a whole number` };
  if (Math.abs(output.change) > MAX_EMOTION_CHANGE) {
    return { status: 'out-of-range', output, problem: `field /change is ${output.change}, outside [-${MAX_EMOTION_CHANGE}, ${MAX_EMOTION_CHANGE}]` };
  }
  return { status: 'ok', output };
}

/** The {@link Appraisal} of the LLM simulated user: the general fields plus the appraisal stage's own. */
export interface LlmAppraisal extends Appraisal {
  /** The model text of the answer used (after any correction rounds). */
  readonly raw: string;
  readonly analysis: string;
  readonly conveys: string;
  readonly statedNeed: string;
  readonly statedNeedMet: NeedMet;
  readonly hiddenNeed: string;
  readonly hiddenNeedMet: NeedMet;
  readonly innerReaction: string;
  readonly feeling: string;
  /** Requests made for this appraisal (1 when the first answer was usable). */
  readonly attempts: number;
  /** The raw text of every answer that was rejected, oldest first (empty when the first was used). */
  readonly rejectedOutputs: readonly string[];
}

const CUE_OF: Record<NeedMet, string> = { yes: 'met', partly: 'partly-met', no: 'unmet' };

/**
 * Build the {@link LlmAppraisal}. Reasons: the stated need and the hidden need as judged (informational, effect
 * 0), then the feeling, which carries the whole change, because the model gives one number, not a sum.
 */
export function toLlmAppraisal(
  output: AppraisalOutput,
  change: number,
  need: HiddenNeed,
  raw: string,
  attempts: number,
  rejectedOutputs: readonly string[],
): LlmAppraisal {
  const reasons: EmotionReason[] = [
    { cue: `stated-need-${CUE_OF[output.stated_need_met]}`, effect: 0, detail: output.stated_need },
    { cue: `hidden-need-${CUE_OF[output.hidden_need_met]}`, effect: 0, detail: output.hidden_need, need },
    { cue: 'llm-feeling', effect: change, detail: output.feeling },
  ];
  const clamped = change !== output.change;
  return {
    change,
    reasons,
    ...(clamped ? { proposedChange: output.change, clamped: true } : {}),
    analysis: `${output.inner_reaction}\n${output.feeling}`,
    raw,
    conveys: output.conveys,
    statedNeed: output.stated_need,
    statedNeedMet: output.stated_need_met,
    hiddenNeed: output.hidden_need,
    hiddenNeedMet: output.hidden_need_met,
    innerReaction: output.inner_reaction,
    feeling: output.feeling,
    attempts,
    rejectedOutputs,
  };
}
