/** Person shift for English: the user's first person becomes the listener's second person. */
import type { Token } from '../tokens';

/** First person -> second person, word by word; "I am" / "I was" become "you are" / "you were". */
export const SHIFT: Readonly<Record<string, string>> = {
  i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself', "i'm": "you're", "i've": "you've", "i'd": "you'd",
  "i'll": "you'll", we: 'you', us: 'you', our: 'your', ours: 'yours', ourselves: 'yourselves', "we're": "you're",
  "we've": "you've", "we'd": "you'd", "we'll": "you'll",
};
const AFTER_I: Readonly<Record<string, string>> = { am: 'are', was: 'were', "wasn't": "weren't" };

/** Rebuild text[from token a to token b) with first person shifted to second person. */
export function shiftedText(text: string, tokens: readonly Token[], a: number, b: number): string {
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

