/** The user's why/what/how question, turned into an indirect clause in the listener's voice. */
import type { Token } from '../tokens';
import { CLAUSE_END } from './clauses';
import { nameAt, relationAt } from './people';
import { shiftedText } from './shift';

export const ASKS = ['what should i', 'how do i', 'how can i', 'tell me', 'help me', 'any advice'];

const WH_WORDS = new Set(['why', 'what', 'how']);
// Auxiliaries that move back after the subject unchanged ("why would he" -> "why he would").
const MOVABLE_AUX = new Set(['would', 'could', 'should', 'can', 'will', "won't", "can't", "wouldn't", "couldn't", "shouldn't", 'is', 'was', 'are', 'were', "isn't", "wasn't", "aren't", "weren't", 'has', 'had', "hasn't", "hadn't", 'might', 'must']);
// Do-support has no place in an indirect question; "why did he leave" becomes "why he would leave", which
// keeps the meaning without inflecting the verb.
const DO_AUX: Readonly<Record<string, string>> = { do: 'would', does: 'would', did: 'would', "don't": "wouldn't", "doesn't": "wouldn't", "didn't": "wouldn't" };
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'people', 'someone', 'anyone', 'everyone', 'nobody']);

/** The subject starting at token i: number of tokens, or 0. */
function subjectLength(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.punct) return 0;
  if (PRONOUN_SUBJECTS.has(t.lower)) return 1;
  const relation = relationAt(tokens, i);
  if (relation) return relation[1];
  const name = nameAt(tokens, i);
  if (name) return name[1];
  if ((t.lower === 'my' || t.lower === 'our' || t.lower === 'the' || t.lower === 'his' || t.lower === 'her') && tokens[i + 1] && !(tokens[i + 1] as Token).punct) return 2;
  return 0;
}

/** Shift a token range into the listener's voice; "you" stays "you" (in a question it is generic). */
function questionText(text: string, tokens: readonly Token[], a: number, b: number): string {
  return a < b ? shiftedText(text, tokens, a, b) : '';
}

/**
 * The last why/what/how question of the message as an indirect clause, or undefined. Direct questions are
 * turned around ("why would Tyler do that?" -> "why Tyler would do that"); ones already indirect ("... is
 * why Tyler can spend on concerts?") are kept.
 */
export function questionIn(text: string, tokens: readonly Token[]): string | undefined {
  let found: string | undefined;
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.punct || !CLAUSE_END.has(t.lower)) continue;
    if (t.lower === '?') found = indirectQuestion(text, tokens, start, i) ?? found;
    start = i + 1;
  }
  return found;
}

function indirectQuestion(text: string, tokens: readonly Token[], a: number, b: number): string | undefined {
  // "What I can't get past is why Tyler ...": the last "why" is the question; else the first wh-word.
  let w = -1;
  for (let k = a; k < b; k++) if ((tokens[k] as Token).lower === 'why') w = k;
  if (w < 0) for (let k = a; k < b && w < 0; k++) if (WH_WORDS.has((tokens[k] as Token).lower)) w = k;
  if (w < 0 || w >= b - 1) return undefined;
  for (let k = w; k < b; k++) if ((tokens[k] as Token).punct && (tokens[k] as Token).lower !== ',') return undefined;
  const wh = (tokens[w] as Token).lower;
  const aux = tokens[w + 1] as Token;
  const subject = subjectLength(tokens, w + 2);
  let clause: string;
  if ((MOVABLE_AUX.has(aux.lower) || DO_AUX[aux.lower]) && subject > 0 && w + 2 + subject < b) {
    // why would Tyler do that -> why Tyler would do that
    const movedAux = DO_AUX[aux.lower] ?? aux.lower;
    const subjectText = questionText(text, tokens, w + 2, w + 2 + subject);
    const rest = questionText(text, tokens, w + 2 + subject, b);
    clause = `${wh} ${subjectText} ${movedAux} ${rest}`;
  } else if (!MOVABLE_AUX.has(aux.lower) && !DO_AUX[aux.lower]) {
    // Already in indirect order: "why Tyler can spend on concerts", or the wh-word is the subject
    // ("what made him do that").
    clause = `${wh} ${questionText(text, tokens, w + 1, b)}`;
  } else {
    return undefined;
  }
  const words = clause.split(' ').length;
  if (words < 3 || words > 18) return undefined;
  return clause.replace(/\bI\b/g, 'you').replace(/\s+/g, ' ').trim();
}

