import {
  CHARACTER_TYPES,
  HIDDEN_NEEDS,
  InvalidOptionError,
  generatePersona,
  generatePersonas,
  situationFamilies,
  validatePersona,
  type Language,
  type Persona,
} from '@rlver/env';

const LANGUAGES: readonly Language[] = ['en', 'zh'];
const HAN = /[\u4e00-\u9fff]/;

/** Every text field a user might say or a simulator might read. */
function texts(p: Persona): string[] {
  return [p.name, p.topic, p.background, p.firstMessage ?? '', ...p.revelations, ...p.keywords, ...p.others.map((o) => o.name), ...Object.values(p.hooks ?? {})];
}

describe.each(LANGUAGES)('persona generator (%s)', (language) => {
  const families = situationFamilies(language);

  it('has at least 20 situation families with distinct ids, each with 4-6 revelations and several openings', () => {
    expect(families.length).toBeGreaterThanOrEqual(20);
    expect(new Set(families.map((f) => f.id)).size).toBe(families.length);
    for (const f of families) {
      expect(f.revelations.length).toBeGreaterThanOrEqual(4);
      expect(f.revelations.length).toBeLessThanOrEqual(6);
      expect(f.openings.length).toBeGreaterThanOrEqual(2);
      expect(f.roles.length).toBeGreaterThanOrEqual(1);
      expect(f.keywords.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('spans the everyday themes: work, family, romance, friendship, study, health, money, neighbours', () => {
    const themes = new Set(families.map((f) => f.theme));
    for (const theme of ['work', 'family', 'romance', 'friendship', 'study', 'health', 'money', 'neighbours']) expect(themes).toContain(theme);
  });

  it('generates a schema-valid persona for every family x hidden need x character type, with every placeholder filled', () => {
    let count = 0;
    for (const family of families) {
      for (const hiddenNeed of HIDDEN_NEEDS) {
        for (const characterType of CHARACTER_TYPES) {
          const p = generatePersona({ language, seed: count, hiddenNeed, characterType, family: family.id });
          expect(validatePersona(p, 'generated')).toBe(p);
          expect([p.family, p.hiddenNeed, p.characterType, p.language, p.source]).toEqual([family.id, hiddenNeed, characterType, language, 'generated']);
          expect(texts(p).filter((text) => /[{}]/.test(text))).toEqual([]);
          count += 1;
        }
      }
    }
    expect(count).toBe(families.length * 24);
  });

  it('names the people of the story with names that fit the language, none of them the user', () => {
    for (let seed = 0; seed < 200; seed++) {
      const p = generatePersona({ language, seed });
      const named = p.others.filter((o) => !/^(my |我)/.test(o.name) && !['孩子他爸', '她妈妈'].includes(o.name));
      for (const other of named) {
        if (language === 'en') expect(other.name).toMatch(/^[A-Z][a-z]+$/);
        else expect(other.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
      }
      if (language === 'en') expect(p.name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
      else expect(p.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
      const userGiven = language === 'en' ? p.name.split(' ')[0] : p.name;
      expect(p.others.map((o) => o.name)).not.toContain(userGiven);
      expect(new Set(p.others.map((o) => o.name)).size).toBe(p.others.length);
      // Chinese personas speak Chinese, English ones do not slip into it.
      if (language === 'zh') expect(p.background).toMatch(HAN);
      else expect(texts(p).filter((text) => HAN.test(text))).toEqual([]);
    }
  });

  it('is deterministic: the same seed gives the same persona, other seeds give other people', () => {
    expect(generatePersona({ language, seed: 12345 })).toEqual(generatePersona({ language, seed: 12345 }));
    const names = new Set(Array.from({ length: 50 }, (_, seed) => generatePersona({ language, seed }).name));
    expect(names.size).toBeGreaterThan(40);
  });

  it('uses ids gen-<lang>-<seed>, and a distinct id when an override changes the seed\'s combination', () => {
    const natural = generatePersona({ language, seed: 42 });
    expect(natural.id).toBe(`gen-${language}-42`);
    expect(generatePersona({ language, seed: 42, hiddenNeed: natural.hiddenNeed }).id).toBe(`gen-${language}-42`);
    const other = HIDDEN_NEEDS.find((n) => n !== natural.hiddenNeed);
    const forced = generatePersona({ language, seed: 42, hiddenNeed: other });
    expect(forced.id).toBe(`gen-${language}-42-${other}-${natural.characterType}-${natural.family}`);
    expect(forced.hiddenNeed).toBe(other);
  });

  it('covers needs x types evenly in any batch, and every need x type x family over 24 x families personas', () => {
    const batch = generatePersonas(48, { language, seed: 3 });
    const counts = new Map<string, number>();
    for (const p of batch) counts.set(`${p.hiddenNeed}/${p.characterType}`, (counts.get(`${p.hiddenNeed}/${p.characterType}`) ?? 0) + 1);
    expect(counts.size).toBe(24);
    expect([...counts.values()].every((n) => n === 2)).toBe(true);
    const odd = generatePersonas(30, { language, seed: 9 });
    const oddCounts = new Map<string, number>();
    for (const p of odd) oddCounts.set(`${p.hiddenNeed}/${p.characterType}`, (oddCounts.get(`${p.hiddenNeed}/${p.characterType}`) ?? 0) + 1);
    expect(Math.max(...oddCounts.values()) - Math.min(...oddCounts.values())).toBeLessThanOrEqual(1);
    const all = generatePersonas(24 * families.length, { language, seed: 11 });
    expect(new Set(all.map((p) => `${p.hiddenNeed}/${p.characterType}/${p.family}`)).size).toBe(24 * families.length);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    expect(generatePersonas(5, { language, seed: 3 })).toEqual(batch.slice(0, 5));
  });
});

describe('persona generator: languages', () => {
  it('gives each language its own families rather than one translated set', () => {
    const en = new Set(situationFamilies('en').map((f) => f.id));
    const zh = situationFamilies('zh').map((f) => f.id);
    expect(zh.filter((id) => !en.has(id)).length).toBeGreaterThanOrEqual(10);
  });

  it('rejects bad options with a typed error naming the option and what was expected', () => {
    const bad = (options: unknown): unknown => generatePersona(options as never);
    expect(() => bad({ language: 'fr', seed: 1 })).toThrow(InvalidOptionError);
    expect(() => bad({ language: 'fr', seed: 1 })).toThrow(/"language": got "fr", expected "en" or "zh"/);
    expect(() => bad({ language: 'en', seed: -1 })).toThrow(/"seed": got -1, expected a non-negative safe integer/);
    expect(() => bad({ language: 'en', seed: 1.5 })).toThrow(/"seed"/);
    expect(() => bad({ language: 'en', seed: 1, family: 'space-pirates' })).toThrow(/"family": got "space-pirates", expected a en situation family id \(work-credit-stolen, /);
    expect(() => bad({ language: 'en', seed: 1, hiddenNeed: 'money' })).toThrow(/"hiddenNeed": got "money"/);
    expect(() => bad({ language: 'en', seed: 1, characterType: 'cheerful' })).toThrow(/"characterType": got "cheerful"/);
    expect(() => generatePersonas(-2, { language: 'en', seed: 1 })).toThrow(/"n": got -2, expected a non-negative integer/);
  });
});
