import { compileValidator } from '../../validation/schema';
import { extractJsonObject } from './json-output';

/** The reply and opening stages' output object (see OUTPUT_FORMAT.md). */
export interface UtteranceOutput {
  /** The attitude and content of the answer (never shown to the agent). */
  readonly plan: string;
  /** What the user says. */
  readonly reply: string;
}

const validateUtteranceOutput = compileValidator<UtteranceOutput>({
  type: 'object',
  properties: { plan: { type: 'string' }, reply: { type: 'string', minLength: 1, pattern: '\\S' } },
  required: ['plan', 'reply'],
});

/** Read a reply/opening answer: the output, or why it cannot be used. */
export function parseUtteranceOutput(raw: string): { readonly ok: true; readonly output: UtteranceOutput } | { readonly ok: false; readonly problem: string } {
  const json = extractJsonObject(raw);
  if (!json.ok) return json;
  const problem = validateUtteranceOutput.check(json.value);
  if (problem) return { ok: false, problem };
  const output = json.value as unknown as UtteranceOutput;
  return { ok: true, output: { plan: output.plan, reply: output.reply.trim() } };
}

const GOODBYE = /再见|拜拜|\bgood-?\s?bye\b|\bbye\b/i;

/** True when the user's words end the conversation: 再见, 拜拜, goodbye or bye (SAGE's rule, in both languages). */
export function isGoodbye(text: string): boolean {
  return GOODBYE.test(text);
}
