import type { Language } from '../../../chat/messages';
import type { CharacterType, Persona, PersonaOther } from '../../../personas/types';
import { EN_PHRASES } from './phrases/en';
import type { Phrasebook, TraitFlavor } from './phrases/types';
import { ZH_PHRASES } from './phrases/zh';
import { firstClauseZh, firstPersonZh, speakableZh } from './first-person-zh';
import { GenerationalCache } from '../../../core/generational-cache';

const BOOKS: Readonly<Record<Language, Phrasebook>> = { en: EN_PHRASES, zh: ZH_PHRASES };

/**
 * What the voice precomputes once per persona: the phrasebook, the slot values (the main other person and
 * their pronouns, the hooks, the topic), the revelations as the user would say them, the hints and requests
 * for the persona's need. Built on first use and kept in a bounded cache keyed
 * by the persona object, so a persona reused across episodes (loaded profiles) is prepared once.
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
  /** A phrasebook text with this persona's slots filled. */
  fill(template: string): string;
  /** `derive(text)` computed once per text (e.g. the first sentence of a reaction). */
  memo(kind: string, text: string, derive: (text: string) => string): string;
  /** A per-episode number from the episode seed (cached for the last seed seen). */
  perEpisode(seed: number, derive: (seed: number) => number): number;
}

/**
 * Profiles of the most recently seen personas, in a bounded cache rather than a WeakMap: the env makes a new
 * persona object per episode when it generates them, and WeakMap entries cost garbage-collector bookkeeping. A
 * persona used at least once per 64 others keeps its profile (a vector env of up to 64 dialogues); a larger cache
 * kept hundreds of finished personas alive, which made young garbage collections slower.
 */
const profiles = new GenerationalCache<Persona, VoiceProfile>(64);

// The profile of the persona used last: every turn of a dialogue speaks as the same persona.
let lastPersona: Persona | undefined;
let lastProfile: VoiceProfile | undefined;

/** The voice profile of a persona (built once, then cached). */
export function voiceProfile(persona: Persona): VoiceProfile {
  if (persona !== lastPersona) {
    let profile = profiles.get(persona);
    if (!profile) profiles.set(persona, (profile = buildProfile(persona)));
    lastProfile = profile;
    lastPersona = persona;
  }
  return lastProfile!;
}

const FLAVORS: ReadonlyArray<readonly [RegExp, TraitFlavor]> = [
  [/angry|anger|irritab|furious|temper|impatient|resent|暴躁|愤怒|易怒|急躁|冲动|尖刻|愤懑|粗鄙/i, 'angry'],
  [/anxious|anxiety|worr|nervous|焦虑|紧张|不安|担忧|多疑|敏感/i, 'anxious'],
  [/sad|depress|melanchol|gloom|悲观|忧郁|低落|失落|抑郁|消沉|自卑/i, 'sad'],
  [/proud|vain|arrogan|虚荣|好强|骄傲|自负|傲慢|要强/i, 'proud'],
];

// Traits come from small pools, so each distinct trait string is classified once.
const flavorByTrait = new Map<string, TraitFlavor | null>();

function flavorOf(traits: readonly string[]): TraitFlavor | undefined {
  for (const trait of traits) {
    let flavor = flavorByTrait.get(trait);
    if (flavor === undefined) {
      flavor = FLAVORS.find(([pattern]) => pattern.test(trait))?.[1] ?? null;
      if (flavorByTrait.size < 10_000) flavorByTrait.set(trait, flavor);
    }
    if (flavor) return flavor;
  }
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

/**
 * A phrasebook template split once into literal text and slot keys (odd positions), so that filling it for a
 * persona is a few concatenations. Templates are shared by every persona, while a generated persona lives for
 * one episode: parsing each template once per persona (a regular expression with a callback) was most of the
 * voice's cost.
 */
type Pieces = readonly string[];
const compiledTemplates = new Map<string, Pieces>();

function piecesOf(template: string): Pieces {
  let pieces = compiledTemplates.get(template);
  if (!pieces) {
    const out: string[] = [];
    let last = 0;
    for (const match of template.matchAll(SLOT)) {
      out.push(template.slice(last, match.index), match[1] as string);
      last = match.index + match[0].length;
    }
    out.push(template.slice(last));
    pieces = out;
    // Phrasebooks are finite; the bound only guards against templates built at run time.
    if (compiledTemplates.size >= 10_000) compiledTemplates.clear();
    compiledTemplates.set(template, pieces);
  }
  return pieces;
}

/** Slot values of one persona: a fixed set of keys (absent hooks are undefined). */
type Slots = Readonly<Record<string, string | undefined>>;

/** The voice profile of one persona; caches are created on first use. */
class PersonaVoice implements VoiceProfile {
  readonly book: Phrasebook;
  readonly language: Language;
  readonly characterType: CharacterType;
  readonly flavor: TraitFlavor | undefined;
  readonly revelations: readonly string[];
  readonly topic: string;
  private readonly persona: Persona;
  private readonly slots: Slots;
  private memos: Map<string, string> | undefined;
  private hintList: readonly string[] | undefined;
  private requestList: readonly string[] | undefined;
  private lastSeed: number | undefined;
  private lastValue = 0;

  constructor(persona: Persona) {
    const language = persona.language;
    const generated = persona.source === 'generated';
    this.persona = persona;
    this.language = language;
    this.book = BOOKS[language];
    this.characterType = persona.characterType;
    this.flavor = flavorOf(persona.traits);
    this.revelations = generated ? persona.revelations : persona.revelations.map((r) => spokenRevelation(r, persona)).filter((r) => r !== '');
    this.topic = language === 'zh' ? firstClauseZh(generated ? persona.topic : firstPersonZh(persona.topic, persona)) : persona.topic;
    const o = otherSlots(language, persona.others[0]);
    const hooks = persona.hooks ?? {};
    // One literal with every key: adding keys one by one to a spread object costs tens of microseconds in V8.
    this.slots = {
      other: o.other,
      Other: o.Other,
      he: o.he,
      him: o.him,
      his: o.his,
      He: o.He,
      His: o.His,
      ta: o.ta,
      topic: this.topic,
      decision: hooks.decision || undefined,
      puzzle: hooks.puzzle || undefined,
      achievement: hooks.achievement || undefined,
      doubt: hooks.doubt || undefined,
      feeling: hooks.feeling || undefined,
    };
  }

  fill(template: string): string {
    if (template.indexOf('{') === -1) return template;
    const pieces = piecesOf(template);
    const slots = this.slots;
    let out = pieces[0]!;
    for (let i = 1; i < pieces.length; i += 2) {
      const key = pieces[i]!;
      out += (slots[key] ?? `{${key}}`) + pieces[i + 1]!;
    }
    return out;
  }

  hints(): readonly string[] {
    if (!this.hintList) {
      const set = this.book.hints[this.persona.hiddenNeed];
      const hooked = set.hooked.filter((t) => this.fillable(t));
      this.hintList = (hooked.length > 0 ? hooked : set.plain).map((t) => this.fill(t));
    }
    return this.hintList;
  }

  requests(): readonly string[] {
    this.requestList ??= this.book.requests[this.persona.hiddenNeed].map((t) => this.fill(t));
    return this.requestList;
  }

  memo(kind: string, text: string, derive: (text: string) => string): string {
    this.memos ??= new Map();
    const key = `${kind}\u0000${text}`;
    let out = this.memos.get(key);
    if (out === undefined) {
      out = derive(text);
      this.memos.set(key, out);
    }
    return out;
  }

  perEpisode(seed: number, derive: (seed: number) => number): number {
    if (seed !== this.lastSeed) {
      this.lastValue = derive(seed);
      this.lastSeed = seed;
    }
    return this.lastValue;
  }

  private fillable(template: string): boolean {
    const pieces = piecesOf(template);
    for (let i = 1; i < pieces.length; i += 2) if (this.slots[pieces[i]!] === undefined) return false;
    return true;
  }
}

/** A revelation of a loaded (third-person, long) story as the user would say it. */
function spokenRevelation(text: string, persona: Persona): string {
  if (persona.language === 'zh') return speakableZh(firstPersonZh(text, persona));
  return (text.match(/[^.!?]+[.!?]*/g) ?? [text]).slice(0, 2).join('').trim();
}

function buildProfile(persona: Persona): VoiceProfile {
  return new PersonaVoice(persona);
}
