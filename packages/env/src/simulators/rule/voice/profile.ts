import type { Language } from '../../../chat/messages';
import type { CharacterType, Persona, PersonaOther } from '../../../personas/types';
import { EN_PHRASES } from './phrases/en';
import type { Phrasebook, TraitFlavor } from './phrases/types';
import { ZH_PHRASES } from './phrases/zh';
import { firstClauseZh, firstPersonZh, speakableZh } from './first-person-zh';

const BOOKS: Readonly<Record<Language, Phrasebook>> = { en: EN_PHRASES, zh: ZH_PHRASES };

/**
 * What the voice precomputes once per persona: the phrasebook, the slot values (the main other person and
 * their pronouns, the hooks, the topic), the revelations as the user would say them, the hints and requests
 * for the persona's need, and a cache of filled phrases. Built on first use and kept in a WeakMap keyed by the
 * persona object, so a persona reused across episodes is prepared once and a dropped one is collected.
 */
export interface VoiceProfile {
  readonly book: Phrasebook;
  readonly language: Language;
  readonly characterType: CharacterType;
  readonly flavor: TraitFlavor | undefined;
  readonly revelations: readonly string[];
  readonly topic: string;
  /** Hints at the persona's hidden need, filled (built on first use). */
  hints(): readonly string[];
  /** Plain requests for the persona's hidden need, filled (built on first use). */
  requests(): readonly string[];
  /** A phrasebook text with this persona's slots filled (cached). */
  fill(template: string): string;
  /** `derive(text)` computed once per text (e.g. the first sentence of a reaction). */
  memo(kind: string, text: string, derive: (text: string) => string): string;
  /** A per-episode number from the episode seed (cached for the last seed seen). */
  perEpisode(seed: number, derive: (seed: number) => number): number;
}

const profiles = new WeakMap<Persona, VoiceProfile>();

/** The voice profile of a persona (built once, then cached). */
export function voiceProfile(persona: Persona): VoiceProfile {
  let profile = profiles.get(persona);
  if (!profile) {
    profile = buildProfile(persona);
    profiles.set(persona, profile);
  }
  return profile;
}

const FLAVORS: ReadonlyArray<readonly [RegExp, TraitFlavor]> = [
  [/angry|anger|irritab|furious|temper|impatient|resent|暴躁|愤怒|易怒|急躁|冲动|尖刻|愤懑|粗鄙/i, 'angry'],
  [/anxious|anxiety|worr|nervous|焦虑|紧张|不安|担忧|多疑|敏感/i, 'anxious'],
  [/sad|depress|melanchol|gloom|悲观|忧郁|低落|失落|抑郁|消沉|自卑/i, 'sad'],
  [/proud|vain|arrogan|虚荣|好强|骄傲|自负|傲慢|要强/i, 'proud'],
];

function flavorOf(traits: readonly string[]): TraitFlavor | undefined {
  for (const trait of traits) for (const [pattern, flavor] of FLAVORS) if (pattern.test(trait)) return flavor;
  return undefined;
}

// Relations a Chinese speaker prefixes with 我 ("我哥哥", "我同事"), and the female ones (for 她).
const ZH_MY_RELATIONS = new Set([
  '父母', '母亲', '父亲', '妈妈', '爸爸', '哥哥', '姐姐', '弟弟', '妹妹', '男友', '女友', '男朋友', '女朋友', '丈夫', '老公', '妻子', '老婆',
  '婆婆', '公公', '儿子', '女儿', '孩子', '同事', '同学', '室友', '舍友', '朋友', '好友', '闺蜜', '上司', '领导', '老板', '前妻', '前夫',
  '前男友', '前女友', '初恋男友', '初恋女友', '邻居', '班主任', '老师', '主管', '经理', '奶奶', '爷爷', '外婆', '外公', '嫂子', '表妹', '姑姑',
]);
const ZH_FEMALE = /母亲|妈|妻子|老婆|女友|女朋友|姐|妹|女儿|婆婆|奶奶|外婆|闺蜜|岳母|嫂|姑|姨|女士|前妻/;

interface OtherSlots {
  other: string;
  Other: string;
  he: string;
  him: string;
  his: string;
  He: string;
  His: string;
  ta: string;
}

function otherSlots(language: Language, other: PersonaOther | undefined): OtherSlots {
  if (language === 'zh') {
    if (!other) return { other: '他们', Other: '他们', he: '他们', him: '他们', his: '他们的', He: '他们', His: '他们的', ta: '他们' };
    const name = other.name === other.relation && ZH_MY_RELATIONS.has(other.name) ? `我${other.name}` : other.name;
    const female = other.gender === 'female' || (other.gender === undefined && ZH_FEMALE.test(other.relation));
    const ta = female ? '她' : '他';
    return { other: name, Other: name, he: ta, him: ta, his: `${ta}的`, He: ta, His: `${ta}的`, ta };
  }
  if (!other) return { other: 'them', Other: 'They', he: 'they', him: 'them', his: 'their', He: 'They', His: 'Their', ta: 'they' };
  const name = other.name;
  const Name = (name[0] as string).toUpperCase() + name.slice(1);
  // Without a known gender the name stands in for the pronoun ("What was Sam thinking?").
  if (other.gender === 'female') return { other: name, Other: Name, he: 'she', him: 'her', his: 'her', He: 'She', His: 'Her', ta: 'she' };
  if (other.gender === 'male') return { other: name, Other: Name, he: 'he', him: 'him', his: 'his', He: 'He', His: 'His', ta: 'he' };
  return { other: name, Other: Name, he: name, him: name, his: `${name}'s`, He: Name, His: `${Name}'s`, ta: name };
}

const SLOT = /\{(\w+)\}/g;

function buildProfile(persona: Persona): VoiceProfile {
  const language = persona.language;
  const book = BOOKS[language];
  const generated = persona.source === 'generated';
  const spoken = (text: string): string => {
    if (generated) return text;
    if (language === 'zh') return speakableZh(firstPersonZh(text, persona));
    return (text.match(/[^.!?]+[.!?]*/g) ?? [text]).slice(0, 2).join('').trim();
  };
  const topic = language === 'zh' ? firstClauseZh(generated ? persona.topic : firstPersonZh(persona.topic, persona)) : persona.topic;
  const o = otherSlots(language, persona.others[0]);
  const hooks = persona.hooks ?? {};
  // One literal with every key: adding keys one by one to a spread object costs tens of microseconds in V8.
  const slots: Readonly<Record<string, string | undefined>> = {
    other: o.other,
    Other: o.Other,
    he: o.he,
    him: o.him,
    his: o.his,
    He: o.He,
    His: o.His,
    ta: o.ta,
    topic,
    decision: hooks.decision || undefined,
    puzzle: hooks.puzzle || undefined,
    achievement: hooks.achievement || undefined,
    doubt: hooks.doubt || undefined,
    feeling: hooks.feeling || undefined,
  };
  const cache = new Map<string, string>();
  const fill = (template: string): string => {
    if (template.indexOf('{') === -1) return template;
    let out = cache.get(template);
    if (out === undefined) {
      out = template.replace(SLOT, (whole, key: string) => slots[key] ?? whole);
      cache.set(template, out);
    }
    return out;
  };
  const fillable = (template: string): boolean => {
    for (const match of template.matchAll(SLOT)) if (slots[match[1] as string] === undefined) return false;
    return true;
  };
  let hints: readonly string[] | undefined;
  let requests: readonly string[] | undefined;
  const memos = new Map<string, string>();
  let lastSeed: number | undefined;
  let lastValue = 0;
  return {
    book,
    language,
    characterType: persona.characterType,
    flavor: flavorOf(persona.traits),
    revelations: generated ? persona.revelations : persona.revelations.map(spoken).filter((r) => r !== ''),
    topic,
    hints() {
      if (!hints) {
        const set = book.hints[persona.hiddenNeed];
        const hooked = set.hooked.filter(fillable);
        hints = (hooked.length > 0 ? hooked : set.plain).map(fill);
      }
      return hints;
    },
    requests() {
      requests ??= book.requests[persona.hiddenNeed].map(fill);
      return requests;
    },
    fill,
    memo(kind, text, derive) {
      const key = `${kind}\u0000${text}`;
      let out = memos.get(key);
      if (out === undefined) {
        out = derive(text);
        memos.set(key, out);
      }
      return out;
    },
    perEpisode(seed, derive) {
      if (seed !== lastSeed) {
        lastValue = derive(seed);
        lastSeed = seed;
      }
      return lastValue;
    },
  };
}
