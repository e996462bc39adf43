/**
 * Clauses of an English message worth weaving into a reply: the one to reflect back, what another person
 * did, and what the user did (their effort).
 */
import type { Token } from '../tokens';
import { isNegation } from './feelings';
import { isCapitalisedWord } from './people';
import { shiftedText } from './shift';

export const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'u', "you're", "you've", "you'd", "you'll", 'ya']);
const FIRST_PERSON = new Set(['i', 'me', 'my', "i'm", "i've", "i'd", "i'll", 'we', 'our', 'us', 'myself']);
const THIRD_PERSON = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'their', "he's", "she's", "they're"]);
const FILLERS = new Set([
  'and', 'but', 'so', 'well', 'honestly', 'like', 'anyway', 'oh', 'ugh', 'okay', 'ok', 'yeah', 'yes', 'no', 'just',
  'basically', 'plus', 'also', 'because', 'cause', 'though', 'still', 'then', 'now', 'look', 'listen', 'hmm', 'um', 'uh',
  'sigh', 'seriously', 'actually', 'sometimes', 'lately', 'today', 'yesterday', 'again',
]);
const SUBJECTS = new Set([
  'i', "i'm", "i've", "i'd", "i'll", 'my', 'we', "we're", 'our', 'he', 'she', 'they', "they're", "he's", "she's",
  'nobody', 'everyone', 'everybody', 'people', 'the', 'his', 'her', 'their', 'someone', 'somebody',
]);
// Not "it", "that", "this": "That is what I want to understand" points back at the conversation.
export const CLAUSE_END = new Set(['.', '!', '?', ';', '\n', '\u2013', '\u2014', '\u2026', '-']);
const MIN_PHRASE_WORDS = 4;
const MAX_PHRASE_WORDS = 18;

/** Clause candidates as token ranges [a, b), with whether the sentence was a question. */
export function clauses(tokens: readonly Token[]): Array<[number, number, boolean]> {
  const out: Array<[number, number, boolean]> = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t && !(t.punct && CLAUSE_END.has(t.lower))) continue;
    if (i > start) {
      const question = t?.lower === '?';
      const words = countWords(tokens, start, i);
      if (words <= MAX_PHRASE_WORDS) out.push([start, i, question]);
      else {
        // Long sentence: try its parts between commas and before "but".
        let s = start;
        for (let k = start; k <= i; k++) {
          const u = tokens[k];
          if (k < i && !(u && ((u.punct && u.lower === ',') || u.lower === 'but'))) continue;
          if (k > s) out.push([s, k, question]);
          s = k + 1;
        }
      }
    }
    start = i + 1;
  }
  return out;
}

function countWords(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (!(tokens[i] as Token).punct) n++;
  return n;
}

// "I should say this too", "I haven't told anyone this": about the telling, not about what happened.
const TELLING = new Set(['say', 'said', 'tell', 'told', 'mention', 'mentioned', 'saying', 'telling', 'talk', 'talking']);
const TELLING_OBJECTS = new Set(['this', 'that', 'anyone', 'anybody', 'something', 'it']);

// "I don't need answers, just someone to listen": about what the user wants from the conversation.
const CONVERSATION_WORDS = new Set(['vent', 'venting', 'listen', 'listening', 'advice', 'answers', 'helping', 'helpful', 'question', 'rant']);

function isMeta(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const word = (tokens[i] as Token).lower;
    if (CONVERSATION_WORDS.has(word)) return true;
    if (i + 1 < b && TELLING.has(word) && TELLING_OBJECTS.has((tokens[i + 1] as Token).lower)) return true;
  }
  return false;
}

// A clause ending like this leans on what was said before it ("I really don't think so", "I guess").
const PHRASE_VAGUE_ENDINGS = new Set(['so', 'though', 'anyway', 'guess', 'suppose', 'mean', 'know']);

const THIRD_PERSON_SUBJECTS = new Set(['he', 'she', 'they', "he's", "she's", "they're"]);
const VAGUE_ENDINGS = new Set(['that', 'this', 'it', 'so']);

/**
 * What another person did, from the user's words: a clause whose subject is someone in the story ("Tyler
 * can spend on concerts but not pay me back"), person-shifted, or undefined. A why-question about someone
 * names the act most pointedly, so it is preferred.
 */
export function actIn(text: string, tokens: readonly Token[], personAt: ReadonlySet<number>, question: string | undefined): string | undefined {
  if (question?.startsWith('why ')) {
    const act = question.slice(4);
    const words = act.split(' ');
    if (words.length >= 5 && !VAGUE_ENDINGS.has(words[words.length - 1] as string)) return act;
  }
  let best: string | undefined;
  for (const [a0, b0] of clauses(tokens)) {
    let a = a0;
    while (a < b0 && ((tokens[a] as Token).punct || FILLERS.has((tokens[a] as Token).lower))) a++;
    let b = b0;
    while (b > a && (tokens[b - 1] as Token).punct) b--;
    // The act may start a little into the clause: "Last Friday she left...", "...is why Tyler can spend...".
    for (let k = a; k < Math.min(b, a + 8); k++) {
      const t = tokens[k] as Token;
      if (t.lower === 'why' && k + 1 < b && (THIRD_PERSON_SUBJECTS.has((tokens[k + 1] as Token).lower) || personAt.has(k + 1))) {
        a = k + 1;
        break;
      }
      if (k < a + 3 && (THIRD_PERSON_SUBJECTS.has(t.lower) || personAt.has(k))) {
        a = k;
        break;
      }
    }
    const first = tokens[a];
    if (!first || !(THIRD_PERSON_SUBJECTS.has(first.lower) || personAt.has(a))) continue;
    const words = countWords(tokens, a, b);
    if (words < 4 || words > 16 || VAGUE_ENDINGS.has((tokens[b - 1] as Token).lower)) continue;
    let addressed = false;
    for (let i = a; i < b; i++) if (SECOND_PERSON.has((tokens[i] as Token).lower)) addressed = true;
    if (addressed || isMeta(tokens, a, b)) continue;
    // The latest such clause: the most recent thing they did.
    best = lowerFirst(shiftedText(text, tokens, a, b), first.lower);
  }
  return best;
}

/** The best clause to reflect: token range after trimming fillers, or undefined. */
export function bestClause(tokens: readonly Token[], feelingAt: ReadonlySet<number>, personAt: ReadonlySet<number>): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestScore = -Infinity;
  const candidates = clauses(tokens);
  for (let c = 0; c < candidates.length; c++) {
    const [a0, b0, question] = candidates[c] as [number, number, boolean];
    if (question) continue;
    let a = a0;
    while (a < b0 && ((tokens[a] as Token).punct || FILLERS.has((tokens[a] as Token).lower))) a++;
    let b = b0;
    while (b > a && (tokens[b - 1] as Token).punct) b--;
    if (b - a < MIN_PHRASE_WORDS) continue;
    const first = tokens[a] as Token;
    if (!SUBJECTS.has(first.lower) && !personAt.has(a)) continue;
    const words = countWords(tokens, a, b);
    if (words < MIN_PHRASE_WORDS || words > MAX_PHRASE_WORDS) continue;
    let firstPerson = false;
    let otherPeople = false;
    let feeling = false;
    let addressed = false;
    for (let i = a; i < b; i++) {
      const t = tokens[i] as Token;
      if (SECOND_PERSON.has(t.lower)) addressed = true;
      if (FIRST_PERSON.has(t.lower)) firstPerson = true;
      if (THIRD_PERSON.has(t.lower) || personAt.has(i)) otherPeople = true;
      if (feelingAt.has(i)) feeling = true;
    }
    if (addressed || isMeta(tokens, a, b)) continue; // about the listener or the conversation, not the story
    if (PHRASE_VAGUE_ENDINGS.has((tokens[b - 1] as Token).lower)) continue; // "I really don't think so"
    if (!firstPerson && !otherPeople) continue; // "it is fine, really" is not something that happened
    // What happened is worth reflecting; a bare feeling clause ("I'm so angry") is not: the feeling is
    // reflected on its own, and repeating the clause would say it twice.
    let score = c * 0.1;
    if (firstPerson) score += 1;
    if (otherPeople) score += 1.5;
    if (feeling) score -= 1.5;
    if (words >= 6 && words <= 14) score += 1;
    if (score > bestScore) {
      bestScore = score;
      best = [a, b];
    }
  }
  return best;
}

// Keep names capitalised: only pronouns and determiners are lowered at the start of a reflected clause.
const LOWER_AT_START = new Set(['a', 'an', 'you', 'your', 'he', 'she', 'they', 'it', 'that', 'this', 'nobody', 'everyone', 'everybody', 'people', 'the', 'his', 'her', 'their', 'someone', 'somebody', "you're", "you've", "it's", "he's", "she's", "they're"]);

export function lowerFirst(s: string, firstWord: string): string {
  return LOWER_AT_START.has(firstWord) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

const EFFORT_VERBS = new Set([
  'tried', 'worked', 'stayed', 'did', 'done', 'spent', 'kept', 'handled', 'managed', 'finished', 'organized', 'organised',
  'planned', 'cooked', 'cleaned', 'covered', 'took', 'put', 'gave', 'helped', 'built', 'wrote', 'made', 'prepared',
  'practiced', 'practised', 'studied', 'saved', 'called', 'apologized', 'apologised', 'offered', 'stood', 'fixed', 'ran',
  'raised', 'carried', 'pulled', 'learned', 'taught', 'picked', 'drove', 'paid', 'juggled', 'balanced', 'covered',
]);
const EFFORT_SUBJECTS = new Set(['i', "i've", "i'd"]);
const EFFORT_SKIP = new Set(['have', 'had', 'even', 'really', 'actually', 'already', 'always', 'also', 'just', 'finally', 'literally']);
// "... and he still..." / "... and I feel...": a new clause starts; the effort ends before it.
const EFFORT_STOP_AFTER_AND = new Set(['he', 'she', 'they', 'nobody', 'no', 'still', 'then', 'it', 'everyone', 'i', "i'm", 'we', 'my']);
const MAX_EFFORT_WORDS = 14;
// "I made a huge mistake" is something the user regrets, not an effort to praise.
const OTHERS_POSSESSIVES = new Set(['his', 'her', 'their', 'its', "someone's", "everyone's"]);
const REGRETS = new Set(['mistake', 'mistakes', 'mess', 'wrong', 'stupid', 'dumb', 'fool', 'screwed', 'ruined', 'failed', 'blew', 'error', 'terrible', 'awful', 'idiot']);

export function effortAt(text: string, tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i] as Token;
  if (t.punct || !EFFORT_SUBJECTS.has(t.lower)) return undefined;
  let j = i + 1;
  while (tokens[j] && EFFORT_SKIP.has((tokens[j] as Token).lower)) j++;
  const verb = tokens[j];
  if (!verb || verb.punct || !EFFORT_VERBS.has(verb.lower)) return undefined;
  let end = j + 1;
  while (end < tokens.length && end - i < MAX_EFFORT_WORDS) {
    const u = tokens[end] as Token;
    const next = tokens[end + 1];
    if (u.punct || u.lower === 'but' || (u.lower === 'and' && (EFFORT_STOP_AFTER_AND.has(next?.lower ?? '') || isCapitalisedWord(next)))) break;
    if (SECOND_PERSON.has(u.lower)) return undefined;
    end++;
  }
  // "I did not" is not an effort; a real one says what was done ("I tried talking to him").
  if (end - i < 4) return undefined;
  for (let k = j; k < end; k++) {
    if (isNegation(tokens[k])) return undefined;
    // "fixing his mistakes" is still an effort: only the user's own mistakes make it a regret.
    if (REGRETS.has((tokens[k] as Token).lower) && !OTHERS_POSSESSIVES.has(tokens[k - 1]?.lower ?? '') && !OTHERS_POSSESSIVES.has(tokens[k - 2]?.lower ?? '')) return undefined;
  }
  return shiftedText(text, tokens, i, end);
}

