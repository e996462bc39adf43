/** The three stages of the LLM simulated user, each with its own prompt and output format. */
export type PromptStage = 'opening' | 'appraisal' | 'reply';

/** All stages. */
export const PROMPT_STAGES: readonly PromptStage[] = ['opening', 'appraisal', 'reply'];

/**
 * A prompt of one stage in one language: the system message (who the user is, the rules, the output format;
 * stable across a dialogue's turns, which helps servers that cache prompt prefixes) and the user message (the
 * dialogue so far and the task of this turn). `{{name}}` marks a value filled in per request.
 */
export interface PromptTemplate {
  readonly system: string;
  readonly user: string;
}

/** A template split once into literal text and placeholder names, so that filling it is a single join. */
export interface CompiledTemplate {
  readonly parts: readonly string[];
  readonly placeholders: readonly string[];
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** Split a template into literals and placeholders (done once per template at module load). */
export function compileTemplate(text: string): CompiledTemplate {
  const parts: string[] = [];
  const placeholders: string[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(last, match.index));
    placeholders.push(match[1] as string);
    last = (match.index as number) + match[0].length;
  }
  parts.push(text.slice(last));
  return { parts, placeholders };
}

/**
 * Fill a compiled template. Every placeholder must have a value: a missing one is a bug in the caller, so it
 * throws rather than sending a prompt with a hole. Values are inserted verbatim (never re-expanded).
 */
export function fillTemplate(template: CompiledTemplate, values: Readonly<Record<string, string | number>>): string {
  let out = template.parts[0] as string;
  for (let i = 0; i < template.placeholders.length; i++) {
    const name = template.placeholders[i] as string;
    const value = values[name];
    if (value === undefined) throw new Error(`prompt placeholder {{${name}}} has no value`);
    out += String(value) + (template.parts[i + 1] as string);
  }
  return out;
}
