/** Person shift for Chinese: 我 -> 你 (and 你 -> 我). */

// 我 <-> 你 swapped in one pass; 我妈 / 我爸 get the polite full form; 自我 (self) is a word, not a pronoun.
const SHIFT_RE = /我们|咱们|我妈|我爸|(?<!自)我|你们|你/g;
const SHIFT: Readonly<Record<string, string>> = { 我们: '你们', 咱们: '你们', 我妈: '你妈妈', 我爸: '你爸爸', 我: '你', 你们: '我们', 你: '我' };

/** 我 -> 你 (and 你 -> 我): the user's clause in the listener's voice. */
export function shiftPersonZh(clause: string): string {
  return clause.replace(SHIFT_RE, (w) => SHIFT[w] ?? w);
}

// Quotes do not end a clause: 他回我消息就一个“嗯” is one thing that happened.
