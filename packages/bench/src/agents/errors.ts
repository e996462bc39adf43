import { RlverError, describeValue } from '@rlver/env';

/** The forms of `--agent`, for messages and help. */
export const AGENT_SPEC_FORMS: readonly string[] = [
  'openai:MODEL (an OpenAI-compatible chat endpoint; --agent-base-url, key in $RLVER_API_KEY or $OPENAI_API_KEY)',
  'http:URL (POST {"messages": [...]} as JSON, receive {"reply": "..."})',
  'module:PATH (a .js/.cjs/.mjs/.ts module exporting respond(messages) => Promise<string>)',
  'builtin:NAME (a built-in baseline agent)',
  'checkpoint:DIR (a policy checkpoint written by rlver-train; needs @rlver/trainer)',
];

/** An `--agent` value that is not one of the valid forms, or names something that does not exist. */
export class AgentSpecError extends RlverError {
  constructor(
    readonly spec: string,
    problem: string,
  ) {
    super(`invalid agent spec ${describeValue(spec)}: ${problem}`);
  }
}

/** The valid forms, one per line, for {@link AgentSpecError} messages. */
export function validFormsText(extra?: string): string {
  return `expected one of:\n  ${AGENT_SPEC_FORMS.join('\n  ')}${extra ? `\n${extra}` : ''}`;
}

/** An agent call that failed: it threw, answered with something that is not a string, or timed out. */
export class AgentCallError extends RlverError {
  constructor(
    message: string,
    readonly timeout: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
