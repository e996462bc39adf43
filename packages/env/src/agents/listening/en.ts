/**
 * Reading an English-speaking user: feeling words, people, a clause worth reflecting, and what they did.
 * The message is tokenized once (see tokens.ts) and everything else is Set/Map lookups over the tokens.
 */
import { tokenize, type Token } from './tokens';

/** What one English message says, in the listener's voice. */
export interface MessageReading {
  /** Feelings in order of appearance (canonical adjectives). */
  readonly feelings: readonly string[];
  /** People in order of appearance ("your manager", "Zhang Hao"). */
  readonly people: readonly string[];
  /** The clause most worth reflecting back, person-shifted, if any. */
  readonly phrase: string | undefined;
  /** Something the user did or tried, person-shifted, if any. */
  readonly effort: string | undefined;
  /** A thing of the user's ("your project"), if any. */
  readonly thing: string | undefined;
  /** The message asks the listener something. */
  readonly asked: boolean;
  /** What another person in the story did, person-shifted ("Tyler can spend on concerts but not pay you back"), if said. */
  readonly act: string | undefined;
  /**
   * The user's latest why/what/how question as an indirect clause in the listener's voice ("why Tyler would
   * spend on concerts but not pay you back"), ready to embed ("As for why ..."), if there is one.
   */
  readonly question: string | undefined;
}

/**
 * Feeling words -> the canonical adjective a reply can use after "feeling", "you feel" and
 * "how ... you feel". Multi-word entries are matched on consecutive tokens.
 */
const FEELINGS: Readonly<Record<string, string>> = {
  frustrated: 'frustrated', frustrating: 'frustrated', frustration: 'frustrated',
  angry: 'angry', furious: 'furious', pissed: 'angry', livid: 'furious', mad: 'angry',
  annoyed: 'annoyed', irritated: 'annoyed', resentful: 'resentful', bitter: 'bitter',
  hurt: 'hurt', hurts: 'hurt', hurtful: 'hurt', wounded: 'hurt',
  sad: 'sad', upset: 'upset', miserable: 'miserable', depressed: 'low', heartbroken: 'heartbroken',
  crushed: 'crushed', devastated: 'devastated', gutted: 'gutted',
  exhausted: 'exhausted', tired: 'tired', drained: 'drained', 'worn out': 'worn out', 'burned out': 'burned out',
  'burnt out': 'burned out', 'fed up': 'fed up', 'sick of': 'fed up', 'so done': 'fed up', 'had enough': 'fed up',
  anxious: 'anxious', nervous: 'nervous', worried: 'worried', scared: 'scared', afraid: 'scared',
  terrified: 'scared', panicking: 'panicked', panicked: 'panicked', stressed: 'stressed',
  overwhelmed: 'overwhelmed', swamped: 'overwhelmed', lonely: 'lonely', isolated: 'isolated', 'left out': 'left out',
  confused: 'confused', conflicted: 'torn', disappointed: 'disappointed', 'let down': 'let down',
  ignored: 'ignored', invisible: 'invisible', unseen: 'invisible', unappreciated: 'unappreciated',
  undervalued: 'unappreciated', overlooked: 'overlooked', 'taken for granted': 'taken for granted',
  guilty: 'guilty', ashamed: 'ashamed', embarrassed: 'embarrassed', humiliated: 'humiliated',
  betrayed: 'betrayed', jealous: 'jealous', helpless: 'helpless', hopeless: 'hopeless', powerless: 'powerless',
  insecure: 'insecure', unfair: 'wronged', disrespected: 'disrespected', dismissed: 'dismissed',
  blamed: 'blamed', misunderstood: 'misunderstood', rejected: 'rejected', abandoned: 'abandoned',
};

/** Words that are feelings only right after "feel": "I feel lost" (but not "I lost my keys"). */
const AFTER_FEEL: Readonly<Record<string, string>> = {
  lost: 'lost', used: 'used', alone: 'alone', small: 'small', stupid: 'stupid', trapped: 'trapped',
  stuck: 'stuck', useless: 'useless', empty: 'empty', numb: 'numb', awful: 'awful', terrible: 'awful',
  down: 'down', bad: 'bad', torn: 'torn', 'like a failure': 'defeated', 'like an idiot': 'stupid',
};
const FEEL_VERBS = new Set(['feel', 'feels', 'feeling', 'felt']);
const INTENSIFIERS = new Set(['so', 'really', 'very', 'pretty', 'totally', 'completely', 'just', 'kind', 'kinda', 'sort', 'of', 'a', 'bit', 'little', 'quite', 'incredibly', 'super', 'extremely', 'utterly']);
const NEGATIONS = new Set(['not', 'never', 'no']);

/** Phrase tables keyed by their first word, longest phrase first. */
function byFirstWord(table: Readonly<Record<string, string>>): Map<string, Array<[readonly string[], string]>> {
  const out = new Map<string, Array<[readonly string[], string]>>();
  for (const [phrase, value] of Object.entries(table)) {
    const words = phrase.split(' ');
    const list = out.get(words[0] as string) ?? [];
    list.push([words, value]);
    out.set(words[0] as string, list);
  }
  for (const list of out.values()) list.sort((a, b) => b[0].length - a[0].length);
  return out;
}
const FEELING_INDEX = byFirstWord(FEELINGS);
const AFTER_FEEL_INDEX = byFirstWord(AFTER_FEEL);

/** The phrase of `index` that starts at token `i`: [value, number of tokens], or undefined. */
function matchAt(tokens: readonly Token[], i: number, index: Map<string, Array<[readonly string[], string]>>): [string, number] | undefined {
  const first = tokens[i];
  if (!first || first.punct) return undefined;
  const candidates = index.get(first.lower);
  if (!candidates) return undefined;
  outer: for (const [words, value] of candidates) {
    for (let k = 1; k < words.length; k++) {
      const t = tokens[i + k];
      if (!t || t.lower !== words[k]) continue outer;
    }
    return [value, words.length];
  }
  return undefined;
}

function isNegation(t: Token | undefined): boolean {
  return t !== undefined && !t.punct && (NEGATIONS.has(t.lower) || t.lower.endsWith("n't"));
}

/** Feelings with the index of the token they start at. */
function feelingsIn(tokens: readonly Token[]): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.punct) continue;
    if (FEEL_VERBS.has(t.lower)) {
      let j = i + 1;
      while (tokens[j] && INTENSIFIERS.has((tokens[j] as Token).lower) && !AFTER_FEEL_INDEX.has((tokens[j] as Token).lower)) j++;
      const m = matchAt(tokens, j, AFTER_FEEL_INDEX);
      if (m && !isNegation(tokens[i - 1]) && !isNegation(tokens[i - 2])) {
        found.push([j, m[0]]);
        i = j + m[1] - 1;
        continue;
      }
    }
    const m = matchAt(tokens, i, FEELING_INDEX);
    if (!m) continue;
    // "not upset", "not really angry": a negated feeling is not reflected back.
    if (!isNegation(tokens[i - 1]) && !(isNegation(tokens[i - 2]) && INTENSIFIERS.has(tokens[i - 1]?.lower ?? ''))) found.push([i, m[0]]);
    i += m[1] - 1;
  }
  return found;
}

const RELATIONS = new Set([
  'manager', 'boss', 'supervisor', 'coworker', 'coworkers', 'co-worker', 'colleague', 'colleagues', 'mom', 'mum',
  'mother', 'dad', 'father', 'parents', 'husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'ex', 'fiance',
  'fiancé', 'fiancée', 'sister', 'brother', 'son', 'daughter', 'kids', 'children', 'friend', 'friends', 'roommate',
  'flatmate', 'housemate', 'teacher', 'professor', 'advisor', 'coach', 'neighbor', 'neighbour', 'landlord',
  'mother-in-law', 'father-in-law', 'in-laws', 'grandma', 'grandmother', 'grandpa', 'grandfather', 'family', 'team',
  'client', 'classmate', 'classmates', 'aunt', 'uncle', 'cousin', 'stepmother', 'stepfather', 'stepmom', 'stepdad',
  'bandmate', 'teammate', 'teammates', 'director', 'mentor', 'tutor', 'doctor', 'stepsister', 'stepbrother',
]);
const TWO_WORD_RELATIONS = new Set(['team lead', 'business partner', 'best friend', 'group member', 'project partner', 'lab partner']);
const RELATION_MODIFIERS = new Set(['best', 'old', 'older', 'younger', 'little', 'big', 'new', 'former', 'twin', 'step', 'oldest', 'youngest', 'eldest', 'upstairs', 'downstairs', 'next-door', 'closest', 'only']);
// "my boss", "our neighbour", and "a coworker" (someone in the user's world all the same).
const POSSESSIVES = new Set(['my', 'our', 'a', 'an']);

/** "my (modifier) relation" at token i: [listener's wording, tokens used], or undefined. */
function relationAt(tokens: readonly Token[], i: number): [string, number] | undefined {
  const t = tokens[i];
  if (!t || !POSSESSIVES.has(t.lower)) return undefined;
  let j = i + 1;
  const words: string[] = [];
  const modifier = tokens[j];
  if (modifier && !modifier.punct && RELATION_MODIFIERS.has(modifier.lower)) {
    const pair = tokens[j + 1] ? `${modifier.lower} ${(tokens[j + 1] as Token).lower}` : '';
    if (!TWO_WORD_RELATIONS.has(pair)) {
      words.push(modifier.lower);
      j++;
    }
  }
  const head = tokens[j];
  if (!head || head.punct) return undefined;
  const next = tokens[j + 1];
  const pair = next && !next.punct ? `${head.lower} ${next.lower}` : '';
  if (TWO_WORD_RELATIONS.has(pair)) return [`your ${[...words, pair].join(' ')}`, j + 2 - i];
  // "my roommate's partner": the roommate is the person named; "my ex-boyfriend": an ex is still a relation.
  const word = head.lower.endsWith("'s") ? head.lower.slice(0, -2) : head.lower;
  const bare = word.startsWith('ex-') ? word.slice(3) : word;
  if (RELATIONS.has(word) || RELATIONS.has(bare)) return [`your ${[...words, word].join(' ')}`, j + 1 - i];
  return undefined;
}

// Capitalised words that are not names, even mid-sentence.
const NOT_NAMES = new Set(
  ('I Im Ive Id Ill Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June ' +
    'July August September October November December OK Okay God English Chinese Christmas Easter Mom Dad Mum ' +
    'The This That It He She They We My Our And But So Why What How When Today Yesterday Tomorrow Honestly Well ' +
    'Just Maybe Sometimes Nobody No Yes Everyone Everything Now Then Last Every There If Because Also Still Even ' +
    'Not Oh Ugh Sorry Thanks Thank Please Actually Anyway Really Like Who Where Which You Your Is Are Do Does Did ' +
    'Can Could Should Would Will Am His Her Their Its Was Were Has Have Had Some Any All After Before Since While ' +
    'At In On Of For With Without About To From By As Or Nor Yet Hmm Hey Hi Hello Sure Right Wow Lol Instead Whatever ' +
    'One Two Three First Next Only Never Always Everybody Somebody Someone Anyone Here Other Another Most Much Many ' +
    'Seriously Basically Literally Apparently Obviously Clearly Worst Best Let Ah HR CEO PM TV')
    .split(' '),
);
// A sentence-initial capitalised word counts as a name when a verb follows it ("Zhang Hao said").
const NAME_FOLLOWED_BY = new Set(
  ('said says told tells took takes just always never keeps kept is was has had did didnt doesnt wont wouldnt and asked ' +
    'called thinks thought wants wanted left got made gave yelled ignored blamed forgot laughed presented refused ' +
    "didn't doesn't won't wouldn't isn't wasn't")
    .split(' '),
);

function isCapitalisedWord(t: Token | undefined): t is Token {
  if (!t || !t.capital) return false;
  const text = t.text;
  const body = text.endsWith("'s") ? text.slice(1, -2) : text.slice(1);
  return body.length > 0 && body === body.toLowerCase();
}

function sentenceStart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || (prev.punct && (prev.lower === '.' || prev.lower === '!' || prev.lower === '?' || prev.lower === '\n'));
}

/** A name at token i: [name, tokens used], or undefined. */
function nameAt(tokens: readonly Token[], i: number): [string, number] | undefined {
  const t = tokens[i];
  if (!isCapitalisedWord(t)) return undefined;
  const possessive = t.text.endsWith("'s");
  const first = possessive ? t.text.slice(0, -2) : t.text;
  if (NOT_NAMES.has(first)) return undefined;
  let name = first;
  let used = 1;
  const next = tokens[i + 1];
  if (!possessive && isCapitalisedWord(next) && !NOT_NAMES.has(next.text.replace(/'s$/, ''))) {
    name = `${first} ${next.text.replace(/'s$/, '')}`;
    used = 2;
  }
  if (sentenceStart(tokens, i)) {
    const after = tokens[i + used];
    if (!possessive && !next?.text.endsWith("'s") && !(after && !after.punct && NAME_FOLLOWED_BY.has(after.lower))) return undefined;
  }
  return [name, used];
}

const THINGS = new Set([
  'project', 'work', 'job', 'thesis', 'presentation', 'report', 'idea', 'ideas', 'plan', 'plans', 'proposal', 'birthday',
  'wedding', 'exam', 'exams', 'grades', 'paper', 'business', 'book', 'art', 'painting', 'paintings', 'music', 'garden',
  'house', 'apartment', 'career', 'degree', 'application', 'interview', 'promotion', 'review', 'speech', 'design', 'code',
  'startup', 'shop', 'restaurant', 'party', 'launch', 'novel', 'research', 'essay', 'portfolio', 'campaign', 'studies',
  'dissertation', 'performance', 'recital', 'match', 'game', 'shift', 'shifts', 'health', 'savings', 'move', 'decision',
  'article', 'album', 'film', 'photos', 'dream', 'contract', 'deadline', 'slides', 'budget', 'thesis',
]);
const THING_MODIFIERS = new Set(['new', 'own', 'big', 'final', 'first', 'last', 'whole', 'little']);

function thingAt(tokens: readonly Token[], i: number): string | undefined {
  if (tokens[i]?.lower !== 'my') return undefined;
  let j = i + 1;
  const words: string[] = [];
  const modifier = tokens[j];
  if (modifier && !modifier.punct && THING_MODIFIERS.has(modifier.lower)) {
    words.push(modifier.lower);
    j++;
  }
  const head = tokens[j];
  if (!head || head.punct || !THINGS.has(head.lower)) return undefined;
  return `your ${[...words, head.lower].join(' ')}`;
}

/** First person -> second person, word by word; "I am" / "I was" become "you are" / "you were". */
const SHIFT: Readonly<Record<string, string>> = {
  i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself', "i'm": "you're", "i've": "you've", "i'd": "you'd",
  "i'll": "you'll", we: 'you', us: 'you', our: 'your', ours: 'yours', ourselves: 'yourselves', "we're": "you're",
  "we've": "you've", "we'd": "you'd", "we'll": "you'll",
};
const AFTER_I: Readonly<Record<string, string>> = { am: 'are', was: 'were', "wasn't": "weren't" };

/** Rebuild text[from token a to token b) with first person shifted to second person. */
function shiftedText(text: string, tokens: readonly Token[], a: number, b: number): string {
  let out = '';
  let cursor = (tokens[a] as Token).start;
  for (let i = a; i < b; i++) {
    const t = tokens[i] as Token;
    out += text.slice(cursor, t.start);
    cursor = t.end;
    if (t.punct) {
      out += t.lower;
      continue;
    }
    const prev = tokens[i - 1];
    const afterI = prev && prev.lower === 'i' && i > a ? AFTER_I[t.lower] : undefined;
    const replacement = afterI ?? SHIFT[t.lower];
    if (replacement === undefined) out += t.text;
    else out += t.capital && t.lower !== 'i' && !t.lower.startsWith("i'") ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
  }
  return out;
}

/** First person -> second person ("my boss ignored me" -> "your boss ignored you"). */
export function shiftPersonEn(clause: string): string {
  const tokens = tokenize(clause);
  if (tokens.length === 0) return clause;
  const shifted = shiftedText(clause, tokens, 0, tokens.length);
  return clause.slice(0, (tokens[0] as Token).start) + shifted + clause.slice((tokens[tokens.length - 1] as Token).end);
}

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'u', "you're", "you've", "you'd", "you'll", 'ya']);
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
const CLAUSE_END = new Set(['.', '!', '?', ';', '\n', '\u2013', '\u2014', '\u2026', '-']);
const MIN_PHRASE_WORDS = 4;
const MAX_PHRASE_WORDS = 18;

/** Clause candidates as token ranges [a, b), with whether the sentence was a question. */
function clauses(tokens: readonly Token[]): Array<[number, number, boolean]> {
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
function actIn(text: string, tokens: readonly Token[], personAt: ReadonlySet<number>, question: string | undefined): string | undefined {
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
function bestClause(tokens: readonly Token[], feelingAt: ReadonlySet<number>, personAt: ReadonlySet<number>): [number, number] | undefined {
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

function lowerFirst(s: string, firstWord: string): string {
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

function effortAt(text: string, tokens: readonly Token[], i: number): string | undefined {
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

const ASKS = ['what should i', 'how do i', 'how can i', 'tell me', 'help me', 'any advice'];

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
function questionIn(text: string, tokens: readonly Token[]): string | undefined {
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

/**
 * One English message, read: tokenized once; feelings and people at once (every reply uses them), the rest
 * on first use (a reply in one strategy needs only some of it, and reading costs time on every turn).
 */
class EnReading implements MessageReading {
  readonly feelings: readonly string[];
  readonly people: readonly string[];
  private readonly tokens: readonly Token[];
  private readonly feelingAt: ReadonlySet<number>;
  private readonly personAt: ReadonlySet<number>;
  private readonly memo = new Map<string, string | undefined>();

  constructor(private readonly text: string) {
    this.tokens = tokenize(text);
    const feelingHits = feelingsIn(this.tokens);
    this.feelings = feelingHits.map((f) => f[1]);
    this.feelingAt = new Set(feelingHits.map((f) => f[0]));
    const people: string[] = [];
    const personAt = new Set<number>();
    for (let i = 0; i < this.tokens.length; i++) {
      const found = relationAt(this.tokens, i) ?? nameAt(this.tokens, i);
      if (!found) continue;
      people.push(found[0]);
      personAt.add(i);
      i += found[1] - 1;
    }
    this.people = people;
    this.personAt = personAt;
  }

  private once(key: string, compute: () => string | undefined): string | undefined {
    if (this.memo.has(key)) return this.memo.get(key);
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  get phrase(): string | undefined {
    return this.once('phrase', () => {
      const range = bestClause(this.tokens, this.feelingAt, this.personAt);
      if (!range) return undefined;
      const first = this.tokens[range[0]] as Token;
      return lowerFirst(shiftedText(this.text, this.tokens, range[0], range[1]), SHIFT[first.lower] ?? first.lower);
    });
  }

  get effort(): string | undefined {
    return this.once('effort', () => {
      for (let i = 0; i < this.tokens.length; i++) {
        const effort = effortAt(this.text, this.tokens, i);
        if (effort !== undefined) return effort;
      }
      return undefined;
    });
  }

  get thing(): string | undefined {
    return this.once('thing', () => {
      for (let i = 0; i < this.tokens.length; i++) {
        const thing = thingAt(this.tokens, i);
        if (thing !== undefined) return thing;
      }
      return undefined;
    });
  }

  get question(): string | undefined {
    return this.once('question', () => questionIn(this.text, this.tokens));
  }

  get act(): string | undefined {
    return this.once('act', () => actIn(this.text, this.tokens, this.personAt, this.question));
  }

  get asked(): boolean {
    if (this.text.includes('?')) return true;
    const lower = this.text.toLowerCase();
    return ASKS.some((a) => lower.includes(a));
  }
}

/** Read one English message. */
export function readEn(text: string): MessageReading {
  return new EnReading(text);
}

/** Every feeling the text expresses, canonical, in order of appearance. */
export function feelingsEn(text: string): string[] {
  return feelingsIn(tokenize(text)).map((f) => f[1]);
}

/** People mentioned in the text, in the listener's voice ("your manager", "Zhang Hao"), in order of appearance. */
export function peopleEn(text: string): string[] {
  return [...readEn(text).people];
}

/** The clause of `message` most worth reflecting back, in the listener's voice, or undefined. */
export function phraseEn(message: string): string | undefined {
  return readEn(message).phrase;
}

/** Something the user says they did or tried, in the listener's voice, or undefined. */
export function effortEn(message: string): string | undefined {
  return readEn(message).effort;
}
