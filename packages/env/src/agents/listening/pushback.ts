import type { Language } from '../../chat/messages';

// The user says the last reply missed: too vague, not what they asked, already tried, not listening.
// (Not "whatever": "it's whatever" shrugs at the situation, not at the listener.)
const PUSHBACK_EN = new RegExp(
  [
    "that'?s not what i (?:meant|asked|said|need|want)",
    "you(?:'re| are) not (?:listening|hearing me|getting it)",
    "you (?:don't|do not|didn't) (?:get|understand) (?:it|me)",
    '(?:too|so|really) (?:generic|vague|general|abstract)',
    "(?:not|isn't|wasn't) (?:very |really )?(?:helpful|useful)",
    "(?:doesn't|does not|didn't|won't) (?:really )?help",
    "i(?:'ve| have)? already tried",
    'easy for you to say',
    'forget it',
    "(?:that|this) (?:doesn't|does not) answer",
    "you(?:'re| are) (?:repeating yourself|lecturing)",
    'stop (?:saying|telling)',
    'you said that already',
  ].join('|'),
  'i',
);

const PUSHBACK_ZH = new RegExp(
  [
    '不够具体', '(?:太|有点|还是|有些)(?:笼统|空|表面|泛泛|敷衍)', '没说到点', '没(?:啥|什么)?用', '(?:都|早就|早)试过',
    '空话', '大道理', '你(?:根本)?不懂', '敷衍', '不是我想要', '算了', '还是(?:没|不)(?:解决|明白|懂)', '听着就烦',
    '老生常谈', '你能不能(?:再)?(?:具体|深入|直接)', '不是这些', '说了等于没说', '答非所问', '又来了',
  ].join('|'),
);

/** True when the user's message pushes back on the previous reply ("that's too vague", "说了等于没说"). */
export function pushesBack(text: string, language: Language): boolean {
  return (language === 'zh' ? PUSHBACK_ZH : PUSHBACK_EN).test(text);
}
