import {
  CHARACTER_TYPES,
  EN_PHRASES,
  HIDDEN_NEEDS,
  ZH_PHRASES,
  generatePersona,
  loadPersonasSync,
  openingUtterance,
  replyUtterance,
  revealThreshold,
  voiceProfile,
  type Appraisal,
  type CharacterType,
  type HiddenNeed,
  type Language,
  type Persona,
  type Phrasebook,
} from '@rlver/env';
import { describeWithData } from '../../../../../test/support/shared-data';
import { appraisal, missed, stateFor } from './support';

const BOOKS: Record<Language, Phrasebook> = { en: EN_PHRASES, zh: ZH_PHRASES };
const HAN = /[\u4e00-\u9fff]/;
const GOODBYE: Record<Language, RegExp> = { en: /\bbye\b/i, zh: /再见|拜拜/ };

function persona(language: Language, characterType: CharacterType, seed = 5, need: HiddenNeed = 'deep-empathy'): Persona {
  return generatePersona({ language, seed, characterType, hiddenNeed: need });
}

function say(p: Persona, a: Appraisal, emotionAfter: number, options: Parameters<typeof stateFor>[1] = {}, reply = 'I hear you.'): string {
  const state = stateFor(p, { emotion: emotionAfter - a.change, ...options });
  const u = replyUtterance(state, reply, a, emotionAfter);
  expect(u.goodbye).toBe(false);
  return u.text;
}

function includesAny(text: string, lines: readonly string[], fill: (s: string) => string = (s) => s): boolean {
  return lines.some((line) => text.includes(fill(line)));
}

describe.each(['en', 'zh'] as const)('rule simulator voice (%s)', (language) => {
  const book = BOOKS[language];

  it('opens with the persona\'s first message, or writes one from the topic in the voice of its character', () => {
    const p = persona(language, 'negative');
    expect(openingUtterance(stateFor(p))).toEqual({ text: p.firstMessage, goodbye: false });
    const texts = CHARACTER_TYPES.map((type) => {
      const { firstMessage: _drop, ...rest } = persona(language, type);
      const u = openingUtterance(stateFor(rest as Persona));
      expect(u.goodbye).toBe(false);
      if (language === 'en') expect(u.text).toContain(rest.topic);
      else expect(u.text).toContain(rest.topic.split('，')[0]);
      return u.text;
    });
    expect(new Set(texts).size).toBe(3);
  });

  it('thanks and says goodbye at 100, leaves below 10, and never says goodbye in between', () => {
    for (const type of CHARACTER_TYPES) {
      const p = persona(language, type);
      const up = replyUtterance(stateFor(p, { emotion: 95 }), 'reply', appraisal(5, 'reflects-feelings'), 100);
      expect(up.goodbye).toBe(true);
      expect(up.text).toMatch(GOODBYE[language]);
      expect(includesAny(up.text, book.farewells[type])).toBe(true);
      const down = replyUtterance(stateFor(p, { emotion: 15 }), 'reply', appraisal(-10, 'lecturing'), 5);
      expect(down.goodbye).toBe(true);
      expect(down.text).toMatch(GOODBYE[language]);
      expect(includesAny(down.text, book.walkouts[type])).toBe(true);
    }
    const cues = ['reflects-feelings', 'generic-comfort', 'lecturing', 'others-motives', 'repetition', 'need-unmet', 'list', 'open-question'];
    for (let seed = 0; seed < 60; seed++) {
      const p = persona(language, CHARACTER_TYPES[seed % 3] as CharacterType, seed, HIDDEN_NEEDS[seed % 8]);
      for (const emotionAfter of [10, 25, 39, 40, 55, 69, 70, 85, 99]) {
        const change = seed % 2 ? 5 : -5;
        const text = say(p, appraisal(change, cues[seed % cues.length] as string, p.hiddenNeed), emotionAfter, { seed, turn: seed % 8 });
        expect(text).not.toMatch(GOODBYE[language]);
        expect(text.length).toBeGreaterThan(0);
      }
    }
  });

  it('speaks the persona\'s language', () => {
    for (let seed = 0; seed < 30; seed++) {
      const text = say(persona(language, 'avoidant', seed), appraisal(5, 'validates'), 60, { seed, turn: 2 });
      if (language === 'zh') expect(text).toMatch(HAN);
      else expect(text).not.toMatch(HAN);
    }
  });

  it('is deterministic, and varies with the turn and the seed', () => {
    const p = persona(language, 'negative');
    const a = appraisal(-5, 'generic-comfort');
    expect(say(p, a, 35, { seed: 9, turn: 3 })).toBe(say(p, a, 35, { seed: 9, turn: 3 }));
    const byTurn = new Set([0, 1, 2, 3, 4, 5].map((turn) => say(p, a, 35, { seed: 9, turn })));
    expect(byTurn.size).toBeGreaterThanOrEqual(4);
    const bySeed = new Set([1, 2, 3, 4, 5, 6].map((seed) => say(p, a, 35, { seed, turn: 3 })));
    expect(bySeed.size).toBeGreaterThanOrEqual(3);
  });

  it('reacts to what helped or hurt most (the strongest reason of the appraisal)', () => {
    const p = persona(language, 'avoidant', 3, 'deep-empathy');
    const fill = (s: string): string => s.replace(/\{\w+\}/g, '');
    const cases: Array<[number, string, keyof Phrasebook['reactions']]> = [
      [-5, 'generic-comfort', 'generic'],
      [-5, 'lecturing', 'lecture'],
      [-10, 'repetition', 'repeat'],
      [-5, 'wall-of-text', 'too-long'],
      [-5, 'premature-advice', 'too-soon'],
      [5, 'reflects-feelings', 'felt'],
      [5, 'specific-praise', 'praise'],
      [5, 'concrete-advice', 'advice'],
    ];
    for (const [change, cue, kind] of cases) {
      for (const turn of [0, 1, 2]) {
        // A reply that helped met the need (deep empathy here); see the lukewarm test for one that did not.
        const text = say(p, appraisal(change, cue, change > 0 ? p.hiddenNeed : undefined), 50, { turn });
        const pool = book.reactions[kind].map((line: string) => fill(line).split(/\{|。|\. /)[0] as string);
        expect(pool.some((start: string) => text.includes(start))).toBe(true);
      }
    }
  });

  it('sounds like its character: negative users sharpen and blame, passive ones say less, avoidant ones deflect', () => {
    const texts: Record<CharacterType, string[]> = { negative: [], passive: [], avoidant: [] };
    for (const type of CHARACTER_TYPES) {
      for (let seed = 0; seed < 60; seed++) texts[type].push(say(persona(language, type, seed), appraisal(-5, 'generic-comfort'), 30, { seed, turn: 1 }));
    }
    const mean = (xs: string[]): number => xs.reduce((s, x) => s + x.length, 0) / xs.length;
    expect(mean(texts.passive)).toBeLessThan(mean(texts.negative));
    const sharp = texts.negative.filter((t) => book.sharpOpeners.some((o) => t.startsWith(o))).length;
    expect(sharp).toBeGreaterThan(10);
    expect(texts.passive.some((t) => book.sharpOpeners.some((o) => t.startsWith(o)))).toBe(false);
    const blamed = texts.negative.filter((t, i) => {
      const p = persona(language, 'negative', i);
      const other = p.others[0]?.name as string;
      return t.includes(other) && includesAny(t, book.blame, (line) => line.split('{')[0] as string);
    }).length;
    expect(blamed).toBeGreaterThan(3);
    expect(texts.avoidant.filter((t) => includesAny(t, book.deflections)).length).toBeGreaterThan(5);
    expect(texts.negative.some((t) => includesAny(t, book.deflections))).toBe(false);
  });

  it('colours the turn by its emotion band, never against the direction of the turn', () => {
    for (const type of CHARACTER_TYPES) {
      const inBand = (emotionAfter: number, change: number): string[] =>
        Array.from({ length: 80 }, (_, seed) => {
          const p = persona(language, type, seed);
          return say(p, change > 0 ? appraisal(change, 'reflects-feelings', p.hiddenNeed) : appraisal(change, 'dismissing'), emotionAfter, { seed, turn: 1 });
        });
      const high = inBand(80, 5);
      const low = inBand(20, -5);
      const moods = book.moods[type];
      expect(high.some((t) => includesAny(t, moods.A))).toBe(true);
      expect(high.some((t) => includesAny(t, moods.C))).toBe(false);
      expect(low.some((t) => includesAny(t, moods.C) || includesAny(t, book.deflections) || includesAny(t, book.blame, (l) => l.split('{')[0] as string))).toBe(true);
      expect(low.some((t) => includesAny(t, moods.A))).toBe(false);
    }
  });

  it('says goodbye-free things late in a dialogue that is going nowhere, and notices it', () => {
    const p = persona(language, 'avoidant', 2);
    const late = Array.from({ length: 60 }, (_, seed) => say(p, appraisal(-5, 'dismissing'), 20, { seed, turn: 6, maxTurns: 8 }));
    expect(late.some((t) => includesAny(t, book.lateLow))).toBe(true);
    const early = Array.from({ length: 60 }, (_, seed) => say(p, appraisal(-5, 'dismissing'), 20, { seed, turn: 1, maxTurns: 8 }));
    expect(early.some((t) => includesAny(t, book.lateLow))).toBe(false);
  });
});

describe.each(['en', 'zh'] as const)('rule simulator voice: trust and revelations (%s)', (language) => {
  // Replies that raised trust by giving the user what they want (the personas below want deep empathy).
  const positive = (turn: number): Appraisal => appraisal(5, turn % 2 ? 'presence' : 'reflects-feelings', 'deep-empathy');

  it('reveals the story in order, one fact per turn that raised trust past the next threshold', () => {
    for (const type of CHARACTER_TYPES) {
      const p = persona(language, type, 11);
      const appraisals: Appraisal[] = [];
      let emotion = 40;
      const seen: number[] = [];
      for (let turn = 0; turn < 12 && emotion < 95; turn++) {
        const a = positive(turn);
        const after = emotion + a.change;
        const text = say(p, a, after, { appraisals: appraisals.slice(), turn, emotion, seed: 4 });
        const shown = p.revelations.map((r, i) => (text.includes(r) ? i : -1)).filter((i) => i >= 0);
        expect(shown.length).toBeLessThanOrEqual(1);
        for (const i of shown) {
          expect(after).toBeGreaterThanOrEqual(revealThreshold(i, p.revelations.length, 'vanilla', type));
          seen.push(i);
        }
        appraisals.push(a);
        emotion = after;
      }
      expect(seen).toEqual(seen.slice().sort((x, y) => x - y));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBeGreaterThanOrEqual(p.revelations.length - 1);
      expect(seen[0]).toBe(0);
    }
  });

  it('keeps the story to itself when the reply hurt, and holds back longer when challenging', () => {
    const p = persona(language, 'negative', 12);
    for (let seed = 0; seed < 30; seed++) {
      const text = say(p, appraisal(-5, 'lecturing'), 45, { seed, turn: 2 });
      expect(p.revelations.some((r) => text.includes(r))).toBe(false);
    }
    const first = p.revelations[0] as string;
    // +5 from 40 reaches 45: enough for a vanilla user's first revelation, not for a challenging one's.
    const helped = appraisal(5, 'reflects-feelings', p.hiddenNeed);
    expect(say(p, helped, 45, { seed: 1, turn: 0 })).toContain(first);
    expect(say(p, helped, 45, { seed: 1, turn: 0, difficulty: 'challenging' })).not.toContain(first);
    // A pleasant reply that missed what the user wants raises emotion, but not trust enough to open up.
    expect(say(p, appraisal(5, 'validates'), 45, { seed: 1, turn: 0 })).not.toContain(first);
  });
});

describe.each(['en', 'zh'] as const)('rule simulator voice: the hidden need (%s)', (language) => {
  it('hints at the need when a reply misses it, and asks outright when it is missed again', () => {
    const book = BOOKS[language];
    for (const need of HIDDEN_NEEDS) {
      const p = persona(language, 'passive', 21, need);
      const fill = (line: string): string => line.split('{')[0] as string;
      const first = Array.from({ length: 20 }, (_, seed) => say(p, missed(need), 35, { seed, turn: 1 }));
      expect(first.filter((t) => includesAny(t, [...book.hints[need].hooked, ...book.hints[need].plain], fill)).length).toBeGreaterThan(12);
      const again = Array.from({ length: 20 }, (_, seed) => say(p, missed(need), 30, { seed, turn: 2, appraisals: [missed(need), missed(need)] }));
      expect(again.every((t) => includesAny(t, book.requests[need], fill))).toBe(true);
    }
  });

  it('never states the need or the source\'s wording of it', () => {
    const leaks = /hidden need|secretly want|my need is|隐藏主题|我的需求是|深刻共情|情绪宣泄|辩证|收获自我成长|没有任何责任/i;
    for (const need of HIDDEN_NEEDS) {
      for (const type of CHARACTER_TYPES) {
        for (let seed = 0; seed < 8; seed++) {
          const p = persona(language, type, seed, need);
          for (const a of [missed(need), appraisal(5, 'validates', need), appraisal(-5, 'generic-comfort'), appraisal(0, 'open-question')]) {
            const text = say(p, a, 50, { seed, turn: seed % 6, appraisals: seed % 2 ? [missed(need)] : [] });
            expect(text).not.toMatch(leaks);
            expect(text).not.toContain(need);
          }
        }
      }
    }
  });

  it('answers a pleasant reply that misses the need lukewarmly and steers toward the need, never with thanks', () => {
    const book = BOOKS[language];
    const fill = (line: string): string => line.split('{')[0] as string;
    const pleased = ['felt', 'validated', 'motives', 'balance', 'advice', 'praise', 'reflection', 'answered', 'warmth', 'helped'] as const;
    for (const need of HIDDEN_NEEDS) {
      // The reply was liked for a cue that serves another need (it still went up by 5 or 10).
      const other = need === 'specific-praise' ? 'validates' : 'specific-praise';
      for (let seed = 0; seed < 12; seed++) {
        const p = persona(language, CHARACTER_TYPES[seed % 3] as CharacterType, 40 + seed, need);
        const a: Appraisal = { change: seed % 2 ? 5 : 10, reasons: [{ cue: other, effect: 3, detail: other }, { cue: 'need-unmet', effect: -0.5, detail: 'unmet', need }] };
        const text = say(p, a, 80, { seed, turn: 2, appraisals: seed % 3 ? [missed(need, 5)] : [] });
        expect({ text, lukewarm: includesAny(text, book.reactions.lukewarm) }).toEqual({ text, lukewarm: true });
        expect(pleased.filter((kind) => includesAny(text, book.reactions[kind], fill))).toEqual([]);
        expect(includesAny(text, [...book.hints[need].hooked, ...book.hints[need].plain, ...book.requests[need]], fill)).toBe(true);
        expect(includesAny(text, book.moods[p.characterType].A) || includesAny(text, book.lateHigh)).toBe(false);
        expect(p.revelations.some((r) => text.includes(r))).toBe(false);
      }
    }
  });

  it('takes up what helped when the need was met', () => {
    const book = BOOKS[language];
    const p = persona(language, 'avoidant', 30, 'others-motives');
    const texts = Array.from({ length: 40 }, (_, seed) => say(p, appraisal(5, 'others-motives', 'others-motives'), 40, { seed, turn: 5 }));
    expect(texts.some((t) => includesAny(t, book.uptake, (l) => l.split('{')[0] as string))).toBe(true);
  });
});

describeWithData('rule simulator voice on SAGE and RLVER profiles', ['sage/profiles.jsonl', 'rlver/train_profiles.jsonl'], (paths) => {
  const sage = loadPersonasSync(paths['sage/profiles.jsonl'] as string);
  const rlver = loadPersonasSync(paths['rlver/train_profiles.jsonl'] as string);

  it('tells the scene\'s third-person story in the first person', () => {
    const p = sage.find((x) => x.id === 'd3c386e4-1b4d-4568-8abf-4d60a4fec355') as Persona;
    expect(voiceProfile(p).revelations[0]).toBe('在一次时尚博览会上，我与张浩偶然重逢。两人都感慨于彼此的变化，特别是张浩对我在时尚界的成功表示赞赏。');
    const text = say(p, appraisal(5, 'reflects-feelings', p.hiddenNeed), 45, { seed: 2, turn: 0 });
    expect(text).toContain('在一次时尚博览会上，我与张浩偶然重逢。');
    for (const persona of [...sage, ...rlver]) {
      for (const r of voiceProfile(persona).revelations) {
        expect(r).not.toContain(persona.name);
        expect(r.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('opens RLVER profiles, which have no first message, from the topic in Chinese', () => {
    const texts = rlver.slice(0, 30).map((p, seed) => openingUtterance(stateFor(p, { seed })).text);
    for (const [i, text] of texts.entries()) {
      expect(text).toMatch(HAN);
      expect(text).not.toContain((rlver[i] as Persona).name);
    }
    expect(new Set(texts).size).toBe(30);
  });

  it('never speaks the source\'s task sentence, whatever happens', () => {
    for (const p of sage) {
      const need = p.hiddenNeed;
      const lines = [
        say(p, missed(need), 30, { seed: 1, turn: 1 }),
        say(p, missed(need), 25, { seed: 2, turn: 2, appraisals: [missed(need), missed(need)] }),
        say(p, appraisal(5, 'validates', need), 60, { seed: 3, turn: 3 }),
      ];
      for (const line of lines) expect(line).not.toContain(p.hiddenNeedText as string);
    }
  });
});
