/**
 * The seeded persona generator: English and Chinese simulated users built from situation families (a story
 * with placeholders for the people in it), a hidden need and a character type.
 *
 * A seed fixes everything. The (hidden need, character type, family) combination is a function of the seed
 * alone, arranged so that any 24 consecutive seeds cover the 8 needs x 3 types once each, and any 24 x F
 * consecutive seeds (F families) cover every combination once; names, ages, occupations, traits and wording
 * come from a draw stream seeded with it.
 */
import type { Language } from '../../chat/messages';
import { InvalidOptionError } from '../../core/errors';
import { deriveSeed } from '../../core/rng';
import { CHARACTER_TYPES, HIDDEN_NEEDS, type CharacterType, type HiddenNeed, type Persona, type PersonaOther } from '../types';
import { EN_FAMILIES } from './families/en';
import { ZH_FAMILIES } from './families/zh';
import { Draws } from './draws';
import type { FamilyTemplate, Gender } from './family';
import { fillTemplate, type CastMember } from './fill';
import { EN_FAMILY_NAMES, EN_GIVEN_NAMES, EN_TRAITS } from './pools/en';
import { ZH_FAMILY_NAMES, ZH_GIVEN_NAMES, ZH_TRAITS } from './pools/zh';

export type { FamilyTemplate, Gender, RoleTemplate } from './family';

/** Options of {@link generatePersona}. */
export interface GeneratePersonaOptions {
  /** Language of the persona ('en' or 'zh'); each has its own situation families. */
  readonly language: Language;
  /** Any non-negative safe integer; the same seed always gives the same persona. */
  readonly seed: number;
  /** Force this hidden need instead of the seed's. */
  readonly hiddenNeed?: HiddenNeed;
  /** Force this character type instead of the seed's. */
  readonly characterType?: CharacterType;
  /** Force this situation family (an id from {@link situationFamilies}) instead of the seed's. */
  readonly family?: string;
}

/** Options of {@link generatePersonas}. */
export interface GeneratePersonasOptions {
  readonly language: Language;
  readonly seed: number;
}

const FAMILIES: Readonly<Record<Language, readonly FamilyTemplate[]>> = { en: EN_FAMILIES, zh: ZH_FAMILIES };
const COMBINATIONS = HIDDEN_NEEDS.length * CHARACTER_TYPES.length;

/** The situation families of a language, in seed order. */
export function situationFamilies(language: Language): readonly FamilyTemplate[] {
  checkLanguage(language);
  return FAMILIES[language];
}

/** The (need, type, family) a seed stands for; see the module comment for the coverage guarantee. */
export function seedCombination(language: Language, seed: number): { hiddenNeed: HiddenNeed; characterType: CharacterType; family: string } {
  checkLanguage(language);
  checkSeed(seed);
  const families = FAMILIES[language];
  const c = seed % (COMBINATIONS * families.length);
  const r = c % COMBINATIONS;
  const k = Math.floor(c / COMBINATIONS);
  return {
    // 8 and 3 are coprime, so r -> (r mod 8, r mod 3) is a bijection on 0..23.
    hiddenNeed: HIDDEN_NEEDS[r % HIDDEN_NEEDS.length] as HiddenNeed,
    characterType: CHARACTER_TYPES[r % CHARACTER_TYPES.length] as CharacterType,
    // For a fixed r, k -> (r + k) mod F is a bijection on the families.
    family: (families[(r + k) % families.length] as FamilyTemplate).id,
  };
}

/**
 * Generate one persona. Its id is `gen-<language>-<seed>`; when an override changes the seed's own
 * combination, the id gets the combination appended (`gen-en-7-practical-advice-negative-work-laid-off`) so
 * that different personas never share an id. Throws {@link InvalidOptionError} on a bad option.
 */
export function generatePersona(options: GeneratePersonaOptions): Persona {
  if (typeof options !== 'object' || options === null) throw new InvalidOptionError('options', options, 'an object { language, seed }');
  const { language, seed } = options;
  const natural = seedCombination(language, seed);
  const hiddenNeed = options.hiddenNeed ?? natural.hiddenNeed;
  if (!HIDDEN_NEEDS.includes(hiddenNeed)) throw new InvalidOptionError('hiddenNeed', hiddenNeed, `one of ${HIDDEN_NEEDS.join(', ')}`);
  const characterType = options.characterType ?? natural.characterType;
  if (!CHARACTER_TYPES.includes(characterType)) throw new InvalidOptionError('characterType', characterType, `one of ${CHARACTER_TYPES.join(', ')}`);
  const familyId = options.family ?? natural.family;
  const template = FAMILIES[language].find((f) => f.id === familyId);
  if (!template) throw new InvalidOptionError('family', familyId, `a ${language} situation family id (${FAMILIES[language].map((f) => f.id).join(', ')})`);
  const overridden = hiddenNeed !== natural.hiddenNeed || characterType !== natural.characterType || familyId !== natural.family;
  const id = overridden ? `gen-${language}-${seed}-${hiddenNeed}-${characterType}-${familyId}` : `gen-${language}-${seed}`;
  return buildPersona(id, language, template, hiddenNeed, characterType, new Draws('persona', language, seed));
}

/**
 * Generate `n` personas that cover the 8 hidden needs x 3 character types evenly (each combination
 * `floor(n/24)` or `ceil(n/24)` times), from consecutive seeds starting at one derived from `seed`.
 */
export function generatePersonas(n: number, options: GeneratePersonasOptions): Persona[] {
  if (!Number.isInteger(n) || n < 0) throw new InvalidOptionError('n', n, 'a non-negative integer');
  if (typeof options !== 'object' || options === null) throw new InvalidOptionError('options', options, 'an object { language, seed }');
  checkLanguage(options.language);
  checkSeed(options.seed);
  const base = deriveSeed('personas', options.language, options.seed);
  return Array.from({ length: n }, (_, i) => generatePersona({ language: options.language, seed: base + i }));
}

function checkLanguage(language: unknown): asserts language is Language {
  if (language !== 'en' && language !== 'zh') throw new InvalidOptionError('language', language, '"en" or "zh"');
}

function checkSeed(seed: unknown): asserts seed is number {
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0) throw new InvalidOptionError('seed', seed, 'a non-negative safe integer');
}

// How each character type opens up, per language: a lead-in and a tail around the family's opening line.
const OPENING_FRAMES: Readonly<Record<Language, Readonly<Record<CharacterType, { lead: readonly string[]; tail: readonly string[] }>>>> = {
  en: {
    negative: { lead: ['', 'I need to vent. ', 'Ugh. ', "Honestly, I'm furious. "], tail: ['', ' Unbelievable.', " I'm so done with this."] },
    passive: { lead: ['', 'Um, hi. ', "Sorry, I don't really know how to start. ", "I'm not sure this is even worth talking about. "], tail: ['', ' I guess.', ' Sorry.'] },
    avoidant: { lead: ['', "It's probably nothing. ", 'Not a big deal or anything. '], tail: ['', ' Anyway, whatever.', " But it's fine, really."] },
  },
  zh: {
    negative: { lead: ['', '我跟你说，'], tail: ['', '真是气死了。', '越想越来气。'] },
    passive: { lead: ['', '嗯……', '那个……'], tail: ['', '唉……', '不知道该怎么说。'] },
    avoidant: { lead: ['', '其实也没什么，'], tail: ['', '……不过也没什么大不了的。', '算了，就随便说说。'] },
  },
};

function drawGender(rng: Draws): Gender {
  return rng.next() < 0.5 ? 'female' : 'male';
}

function drawName(language: Language, gender: Gender, rng: Draws, taken: Set<string>, full: boolean): string {
  for (let attempt = 0; ; attempt++) {
    const given = rng.pick(language === 'en' ? EN_GIVEN_NAMES[gender] : ZH_GIVEN_NAMES[gender]);
    let name: string;
    if (language === 'en') name = full ? `${given} ${rng.pick(EN_FAMILY_NAMES)}` : given;
    else name = `${rng.pick(ZH_FAMILY_NAMES)}${given}`;
    // Nobody shares the user's given name or another cast member's; the pools are large enough to end this.
    const key = language === 'en' ? firstWord(name) : name;
    if (!taken.has(key) || attempt > 50) {
      taken.add(key);
      return name;
    }
  }
}

/** `text.split(' ')[0]` without building the array (this runs for every name of every generated persona). */
function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space === -1 ? text : text.slice(0, space);
}

function buildPersona(id: string, language: Language, template: FamilyTemplate, hiddenNeed: HiddenNeed, characterType: CharacterType, rng: Draws): Persona {
  const taken = new Set<string>();
  const userGender = template.userGender ?? drawGender(rng);
  const name = drawName(language, userGender, rng, taken, true);
  const age = rng.intBetween(template.ages[0], template.ages[1]);
  const occupation = rng.pick(template.occupations);
  const traitPool = language === 'en' ? EN_TRAITS[characterType] : ZH_TRAITS[characterType];
  const traits = rng.sample(traitPool, 2 + rng.int(2));
  const cast: Record<string, CastMember> = {};
  const others: PersonaOther[] = [];
  for (const role of template.roles) {
    const gender = role.gender ?? drawGender(rng);
    const member: CastMember = { name: role.label ?? drawName(language, gender, rng, taken, false), gender };
    cast[role.key] = member;
    others.push({ name: member.name, relation: role.relation, gender });
  }
  const fill = (text: string): string => fillTemplate(text, cast, template.id);
  const frame = OPENING_FRAMES[language][characterType];
  const core = fill(rng.pick(template.openings));
  const lead = rng.pick(frame.lead);
  const tail = rng.pick(frame.tail);
  // A line that already opens with a sigh ("唉，…") does not take a lead-in as well.
  const firstMessage = `${/^(唉|Ugh|So )/.test(core) ? '' : lead}${core}${tail}`;
  const keywords: string[] = [];
  for (const role of template.roles) if (role.label === undefined) keywords.push((cast[role.key] as CastMember).name);
  for (const keyword of template.keywords) keywords.push(keyword);
  const hooks = template.hooks;
  return {
    id,
    source: 'generated',
    language,
    name,
    age,
    gender: userGender,
    occupation,
    characterType,
    traits,
    hiddenNeed,
    family: template.id,
    topic: fill(template.topic),
    background: fill(template.background),
    others,
    revelations: template.revelations.map(fill),
    keywords,
    firstMessage,
    hooks: {
      achievement: fill(hooks.achievement),
      decision: fill(hooks.decision),
      puzzle: fill(hooks.puzzle),
      doubt: fill(hooks.doubt),
      feeling: fill(hooks.feeling),
    },
  };
}
