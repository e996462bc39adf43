/** People (relations and names) and the user's things in English messages, found on tokens. */
import type { Token } from '../tokens';

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
export const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our', 'a', 'an']);

/** "my (modifier) relation" at token i: [listener's wording, tokens used], or undefined. */
export function relationAt(tokens: readonly Token[], i: number): [string, number] | undefined {
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

export function isCapitalisedWord(t: Token | undefined): t is Token {
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
export function nameAt(tokens: readonly Token[], i: number): [string, number] | undefined {
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

export function thingAt(tokens: readonly Token[], i: number): string | undefined {
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

