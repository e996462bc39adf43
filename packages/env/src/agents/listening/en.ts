/**
 * Reading an English-speaking user: feeling words, people, a clause worth reflecting, and what they did.
 * All patterns are compiled once at module load; the per-call work is a few linear scans of short strings.
 */

/** Surface form -> the canonical adjective a reply can use after "feeling", "you feel" and "how ... you feel". */
const FEELING_WORDS: Readonly<Record<string, string>> = {
  frustrated: 'frustrated', frustrating: 'frustrated', frustration: 'frustrated',
  angry: 'angry', furious: 'furious', pissed: 'angry', livid: 'furious', mad: 'angry',
  annoyed: 'annoyed', irritated: 'annoyed', resentful: 'resentful', bitter: 'bitter',
  hurt: 'hurt', hurts: 'hurt', hurtful: 'hurt', wounded: 'hurt',
  sad: 'sad', upset: 'upset', miserable: 'miserable', depressed: 'low', heartbroken: 'heartbroken',
  crushed: 'crushed', devastated: 'devastated', gutted: 'gutted',
  exhausted: 'exhausted', tired: 'tired', drained: 'drained', 'worn out': 'worn out', 'burned out': 'burned out',
  'burnt out': 'burned out', 'fed up': 'fed up', 'sick of': 'fed up',
  anxious: 'anxious', nervous: 'nervous', worried: 'worried', scared: 'scared', afraid: 'scared',
  terrified: 'scared', panicking: 'panicked', panicked: 'panicked', stressed: 'stressed', 'stressed out': 'stressed',
  overwhelmed: 'overwhelmed', swamped: 'overwhelmed', lonely: 'lonely', isolated: 'isolated', 'left out': 'left out',
  confused: 'confused', torn: 'torn', conflicted: 'torn', disappointed: 'disappointed', 'let down': 'let down',
  ignored: 'ignored', invisible: 'invisible', unseen: 'invisible', unappreciated: 'unappreciated',
  undervalued: 'unappreciated', overlooked: 'overlooked', 'taken for granted': 'taken for granted',
  guilty: 'guilty', ashamed: 'ashamed', embarrassed: 'embarrassed', humiliated: 'humiliated',
  betrayed: 'betrayed', jealous: 'jealous', helpless: 'helpless', hopeless: 'hopeless', powerless: 'powerless',
  insecure: 'insecure', unfair: 'wronged', disrespected: 'disrespected', dismissed: 'dismissed',
  blamed: 'blamed', misunderstood: 'misunderstood', rejected: 'rejected', abandoned: 'abandoned',
};

/** Words that are feelings only right after "feel": "I feel lost" (but not "I lost my keys"). */
const AFTER_FEEL_WORDS: Readonly<Record<string, string>> = {
  lost: 'lost', used: 'used', alone: 'alone', small: 'small', stupid: 'stupid', trapped: 'trapped',
  stuck: 'stuck', useless: 'useless', empty: 'empty', numb: 'numb', awful: 'awful', terrible: 'awful',
  down: 'down', bad: 'bad', 'like a failure': 'defeated', 'like an idiot': 'stupid',
};

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

const FEELING_RE = new RegExp(`\\b(${alternation(Object.keys(FEELING_WORDS))})\\b`, 'gi');
const AFTER_FEEL_RE = new RegExp(
  `\\bfe(?:el|els|eling|lt)\\s+(?:so\\s+|really\\s+|kind\\s+of\\s+|a\\s+bit\\s+|pretty\\s+|totally\\s+|completely\\s+)?(${alternation(Object.keys(AFTER_FEEL_WORDS))})\\b`,
  'gi',
);
// "not upset" / "not angry": a negated feeling is not reflected back.
const NEGATED_BEFORE = /\b(?:not|never|isn't|wasn't|aren't|n't)\s+(?:\w+\s+)?$/i;

/** Every feeling the text expresses, canonical, in order of appearance. */
export function feelingsEn(text: string): string[] {
  const found: Array<[number, string]> = [];
  for (const re of [FEELING_RE, AFTER_FEEL_RE]) {
    re.lastIndex = 0;
    const table = re === FEELING_RE ? FEELING_WORDS : AFTER_FEEL_WORDS;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      if (NEGATED_BEFORE.test(before)) continue;
      const canonical = table[(m[1] as string).toLowerCase().replace(/\s+/g, ' ')];
      if (canonical) found.push([m.index, canonical]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  return found.map((f) => f[1]);
}

const RELATIONS = [
  'manager', 'boss', 'supervisor', 'team lead', 'coworker', 'coworkers', 'co-worker', 'colleague', 'colleagues',
  'mom', 'mum', 'mother', 'dad', 'father', 'parents', 'husband', 'wife', 'partner', 'boyfriend', 'girlfriend',
  'ex', 'fiance', 'fiancé', 'fiancée', 'sister', 'brother', 'son', 'daughter', 'kids', 'children', 'friend', 'friends',
  'roommate', 'flatmate', 'housemate', 'teacher', 'professor', 'advisor', 'coach', 'neighbor', 'neighbour', 'landlord',
  'mother-in-law', 'father-in-law', 'in-laws', 'grandma', 'grandmother', 'grandpa', 'grandfather', 'family', 'team',
  'client', 'classmate', 'classmates', 'aunt', 'uncle', 'cousin', 'stepmother', 'stepfather', 'stepmom', 'stepdad',
  'business partner', 'bandmate', 'teammate', 'teammates', 'director', 'mentor', 'tutor', 'doctor', 'wife-to-be',
];
const PERSON_RE = new RegExp(
  `\\b(?:my|our)\\s+((?:best|old|older|younger|little|big|new|former|twin|step|ex-)\\s*)?(${alternation(RELATIONS)})\\b`,
  'gi',
);

// Capitalised words that are not names even in the middle of a sentence.
const NOT_NAMES = new Set(
  ('I Im Ive Id Ill Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June ' +
    'July August September October November December OK Okay God English Chinese Christmas Easter Mom Dad Mum ' +
    'The This That It He She They We My Our And But So Why What How When Today Yesterday Tomorrow Honestly Well ' +
    'Just Maybe Sometimes Nobody No Yes Everyone Everything Now Then Last Every There If Because Also Still Even ' +
    'Not Oh Ugh Sorry Thanks Thank Please Actually Anyway Really Like Who Where Which You Your Is Are Do Does Did ' +
    'Can Could Should Would Will Am His Her Their Its Was Were Has Have Had Some Any All After Before Since While ' +
    'At In On Of For With Without About To From By As Or Nor Yet Hmm Hey Hi Hello Sure Right Wow Lol Instead Whatever ' +
    'One Two Three First Next Only Never Always Everybody Somebody Someone Anyone Here Other Another Most Much Many ' +
    'Seriously Basically Literally Apparently Obviously Clearly Worst Best Another Let Don Didn Doesn Isn Wasn Ah')
    .split(' '),
);
const NAME_RE = /\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b/g;
// A sentence-initial capitalised word counts as a name when a verb or possessive follows it ("Zhang Hao said").
const NAME_FOLLOWED_BY = /^(?:'s|\s+(?:said|says|told|tells|took|takes|just|always|never|keeps|kept|is|was|has|had|did|didn't|doesn't|won't|wouldn't|and|asked|called|thinks|thought|wants|wanted|left|got|made|gave|yelled|ignored|blamed|forgot|laughed|presented|refused))\b/;

function isSentenceStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '"' || c === '\'') continue;
    return c === '.' || c === '!' || c === '?' || c === '\n';
  }
  return true;
}

/** People mentioned in the text, in the listener's voice ("your manager", "Zhang Hao"), in order of appearance. */
export function peopleEn(text: string): string[] {
  const found: Array<[number, string]> = [];
  PERSON_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERSON_RE.exec(text)) !== null) {
    const modifier = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    found.push([m.index, `your ${modifier}${(m[2] as string).toLowerCase()}`]);
  }
  NAME_RE.lastIndex = 0;
  while ((m = NAME_RE.exec(text)) !== null) {
    const name = m[1] as string;
    const first = name.split(/\s+/)[0] as string;
    if (NOT_NAMES.has(first) || NOT_NAMES.has(name)) continue;
    if (isSentenceStart(text, m.index) && !NAME_FOLLOWED_BY.test(text.slice(m.index + name.length, m.index + name.length + 14))) continue;
    found.push([m.index, name]);
  }
  found.sort((a, b) => a[0] - b[0]);
  return found.map((f) => f[1]);
}

/** Things of the user's worth naming ("your project"): "my" + a noun from a closed list. */
const THING_RE = new RegExp(
  `\\bmy\\s+((?:(?:new|own|big|final|first|last|whole|little)\\s+)?(?:${alternation([
    'project', 'work', 'job', 'thesis', 'presentation', 'report', 'idea', 'ideas', 'plan', 'plans', 'proposal', 'birthday',
    'wedding', 'exam', 'exams', 'grades', 'paper', 'business', 'book', 'art', 'painting', 'paintings', 'music',
    'garden', 'house', 'apartment', 'career', 'degree', 'application', 'interview', 'promotion', 'review', 'speech',
    'design', 'code', 'startup', 'shop', 'restaurant', 'party', 'launch', 'novel', 'research', 'essay', 'portfolio',
    'campaign', 'studies', 'dissertation', 'performance', 'recital', 'match', 'game', 'shift', 'shifts', 'health',
    'savings', 'move', 'decision', 'article', 'album', 'film', 'photos', 'dream', 'contract', 'deadline', 'team',
  ])}))\\b`,
  'i',
);

/** The first "my <thing>" of the text, in the listener's voice, or undefined. */
export function thingEn(text: string): string | undefined {
  const m = THING_RE.exec(text);
  return m ? `your ${(m[1] as string).toLowerCase()}` : undefined;
}

const SHIFT: Readonly<Record<string, string>> = {
  'I am': 'you are', 'I was': 'you were', "I wasn't": "you weren't", "I'm": "you're", "I've": "you've", "I'd": "you'd",
  "I'll": "you'll", I: 'you', me: 'you', my: 'your', My: 'Your', mine: 'yours', myself: 'yourself',
  "we're": "you're", "We're": "You're", "we've": "you've", "We've": "You've", "we'd": "you'd", "we'll": "you'll",
  we: 'you', We: 'You', us: 'you', our: 'your', Our: 'Your', ours: 'yours', ourselves: 'yourselves', am: 'are',
};
const SHIFT_RE = /\b(?:I am|I was|I wasn't|I'm|I've|I'd|I'll|I|me|my|My|mine|myself|we're|We're|we've|We've|we'd|we'll|we|We|us|our|Our|ours|ourselves)\b/g;

/** First person -> second person ("my boss ignored me" -> "your boss ignored you"). Expects straight apostrophes. */
export function shiftPersonEn(clause: string): string {
  return clause.replace(SHIFT_RE, (w) => SHIFT[w] ?? w);
}

const SECOND_PERSON = /\b(?:you|your|yours|yourself|u)\b/i;
const LEADING_FILLER = /^(?:(?:and|but|so|well|honestly|like|anyway|oh|ugh|okay|ok|yeah|yes|no|just|basically|i mean|to be honest|plus|also|because|cause|though|still|then|now|look|listen|hmm|um|uh|sigh|seriously),?\s+)+/i;
const SUBJECT_START = /^(?:I|I'm|I've|I'd|I'll|I was|my|we|we're|our|he|she|they|they're|it|it's|that|this|nobody|no one|everyone|everybody|people|the|his|her|their|someone|somebody)\b/i;
const CLAUSE_SPLIT = /(?<=[.!?])\s+|\n+|;\s*|\s+[-\u2013\u2014]+\s+/;
const SUBCLAUSE_SPLIT = /,\s+|\s+but\s+|\s+and then\s+/;

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function candidateClauses(message: string): string[] {
  const out: string[] = [];
  for (const sentence of message.split(CLAUSE_SPLIT)) {
    const s = sentence.trim();
    if (!s) continue;
    if (wordCount(s) <= 18) out.push(s);
    else for (const part of s.split(SUBCLAUSE_SPLIT)) if (part.trim()) out.push(part.trim());
  }
  return out;
}

function cleanClause(raw: string): string | undefined {
  let s = raw.replace(LEADING_FILLER, '').replace(/^["'(]+|["')]+$/g, '').trim();
  if (!s || /\?\s*$/.test(s) || SECOND_PERSON.test(s)) return undefined;
  s = s.replace(/[.!,;:\s]+$/, '').replace(/\.{2,}|…/g, '');
  const n = wordCount(s);
  if (n < 4 || n > 18 || !SUBJECT_START.test(s)) return undefined;
  return s;
}

function lowerFirst(s: string): string {
  // Keep names capitalised: only pronouns and determiners are lowered.
  return /^(?:You|Your|He|She|They|It|That|This|Nobody|No one|Everyone|Everybody|People|The|His|Her|Their|Someone|Somebody)\b/.test(s)
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;
}

/**
 * The clause of `message` most worth reflecting back, in the listener's voice, or undefined. Prefers what
 * happened (the user and the people in their story) over a bare statement of feeling, 4-18 words, not
 * questions and not about the listener ("you ...").
 */
export function phraseEn(message: string): string | undefined {
  let best: string | undefined;
  let bestScore = -Infinity;
  const clauses = candidateClauses(message);
  for (let i = 0; i < clauses.length; i++) {
    const clause = cleanClause(clauses[i] as string);
    if (!clause) continue;
    // What happened is worth reflecting; a bare feeling clause ("I'm so angry") is not: the feeling is
    // reflected on its own, and repeating the clause would say it twice.
    let score = i * 0.1;
    if (/\b(?:I|I'm|I've|my|me|we|our)\b/.test(clause)) score += 1;
    if (feelingsEn(clause).length) score -= 1.5;
    if (PERSON_RE.test(clause) || /\b(?:he|she|they|him|her|them|his|their)\b/i.test(clause)) score += 1.5;
    PERSON_RE.lastIndex = 0;
    const n = wordCount(clause);
    if (n >= 6 && n <= 14) score += 1;
    if (score > bestScore) {
      bestScore = score;
      best = clause;
    }
  }
  return best === undefined ? undefined : lowerFirst(shiftPersonEn(best));
}

const EFFORT_RE = /\bI(?:'ve| have| had| even| really| actually| already| always)*\s+(?:tried|worked|stayed|did|done|spent|kept|handled|managed|finished|organized|organised|planned|cooked|cleaned|covered|took care|put in|gave|helped|built|wrote|made|prepared|practiced|practised|studied|saved|called|apologized|apologised|offered|stood up|fixed|ran|raised|carried|pulled|learned|taught|picked up|drove|paid|juggled|balanced|finally)\b[^.!?;\n]*/;

/** Something the user says they did or tried, in the listener's voice ("you stayed late every night"), or undefined. */
export function effortEn(message: string): string | undefined {
  const m = EFFORT_RE.exec(message);
  if (!m) return undefined;
  let clause = m[0].split(/,\s+|\s+but\s+|\s+and\s+(?:he|she|they|nobody|no one|still)\b/)[0] as string;
  clause = clause.trim().replace(/[.!,;:\s]+$/, '');
  if (SECOND_PERSON.test(clause)) return undefined;
  const words = clause.split(/\s+/);
  if (words.length < 3) return undefined;
  if (words.length > 14) clause = words.slice(0, 14).join(' ');
  return shiftPersonEn(clause);
}

/** True when the message asks the listener something. */
export function asksEn(message: string): boolean {
  return /\?/.test(message) || /\b(?:what should i|how do i|how can i|tell me|help me|any advice)\b/i.test(message);
}
