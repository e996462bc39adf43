import { splitThought } from '../../wrappers/think-then-say';

/** The first JSON object in a model's answer, or why there is none. */
export type ExtractedJson = { readonly ok: true; readonly value: Record<string, unknown> } | { readonly ok: false; readonly problem: string };

/**
 * Find the JSON object a model was asked for. Tolerated around it, because instruction-tuned and reasoning
 * models add them even when told not to: `<think>...</think>` blocks, Markdown code fences, and prose before
 * or after the object. Inside the object nothing is tolerated: it must be valid JSON.
 */
export function extractJsonObject(text: string): ExtractedJson {
  const said = splitThought(text).say;
  const start = said.indexOf('{');
  if (start < 0) return { ok: false, problem: 'no JSON object found in the answer' };
  const end = matchingBrace(said, start);
  if (end < 0) return { ok: false, problem: 'the JSON object is not closed' };
  let value: unknown;
  try {
    value = JSON.parse(said.slice(start, end + 1));
  } catch (error) {
    return { ok: false, problem: `the JSON object is not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: 'the answer is not a JSON object' };
  return { ok: true, value: value as Record<string, unknown> };
}

/** Index of the brace closing the object that opens at `start`, skipping braces inside strings; -1 if none. */
function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
