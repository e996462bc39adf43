import {
  EN_PHRASES,
  HIDDEN_NEEDS,
  ZH_PHRASES,
  generatePersona,
  lexiconFor,
  readUserSignals,
  voiceProfile,
  type HiddenNeed,
  type Language,
  type Phrasebook,
  type UserSignalId,
} from '@rlver/env';

/**
 * The contract between the voice and the appraisal: the appraisal reads what the user asked for in the user's
 * last words, so every hint and request the voice writes for a need must be recognised as the request that
 * need makes, and the user's moods must read the way they were meant.
 */
const REQUEST_OF: Record<HiddenNeed, UserSignalId> = {
  'practical-advice': 'asks-concrete',
  'others-motives': 'asks-why',
  'deep-empathy': 'asks-understanding',
  'attentive-listening': 'asks-understanding',
  'specific-praise': 'asks-recognition',
  'blameless-validation': 'asks-fault',
  'guided-reflection': 'asks-reflection',
  'balanced-analysis': 'asks-balance',
};
const BOOKS: Record<Language, Phrasebook> = { en: EN_PHRASES, zh: ZH_PHRASES };
const DISPLEASED: readonly UserSignalId[] = ['still-not', 'not-what-i-need', 'too-generic', 'useless', 'not-understood', 'exasperation', 'lukewarm'];
const PLEASED: readonly UserSignalId[] = ['thanks', 'agrees', 'found-helpful', 'will-try', 'relief', 'laughter', 'uptake', 'opens-up'];

describe.each(['en', 'zh'] as const)('voice and appraisal lexicon agree (%s)', (language) => {
  const lexicon = lexiconFor(language);
  const signals = (text: string): UserSignalId[] =>
    Object.entries(readUserSignals(text, lexicon).counts)
      .filter(([, n]) => n > 0)
      .map(([id]) => id as UserSignalId);

  it('recognises every filled hint and request as the request of its need', () => {
    for (const need of HIDDEN_NEEDS) {
      for (let seed = 0; seed < 40; seed++) {
        // Generated personas use the hooked hints; without hooks (loaded profiles) the plain ones.
        const generated = generatePersona({ language, seed, hiddenNeed: need });
        const { hooks: _hooks, ...plain } = generated;
        for (const persona of [generated, { ...plain, id: `${generated.id}-plain` }]) {
          const profile = voiceProfile(persona);
          for (const line of [...profile.hints(), ...profile.requests()]) {
            expect({ line, signals: signals(line) }).toEqual({ line, signals: expect.arrayContaining([REQUEST_OF[need]]) });
          }
        }
      }
    }
  });

  it('makes pleased reactions read as pleased and complaints as displeased', () => {
    const book = BOOKS[language];
    const pleasedKinds = ['felt', 'validated', 'advice', 'praise', 'answered', 'warmth'] as const;
    const displeasedKinds = ['generic', 'lecture', 'referral', 'repeat', 'too-soon', 'missed', 'hurt', 'questions'] as const;
    for (const kind of pleasedKinds) {
      for (const line of book.reactions[kind]) {
        const found = signals(line.replace(/\{\w+\}/g, 'Sam'));
        expect({ kind, line, displeased: found.filter((s) => DISPLEASED.includes(s)) }).toEqual({ kind, line, displeased: [] });
      }
      expect(book.reactions[kind].some((line) => signals(line).some((s) => PLEASED.includes(s)))).toBe(true);
    }
    for (const kind of displeasedKinds) {
      for (const line of book.reactions[kind]) {
        const found = signals(line);
        expect({ kind, line, pleased: found.filter((s) => PLEASED.includes(s)) }).toEqual({ kind, line, pleased: [] });
      }
    }
  });

  it('reads a lukewarm answer (a pleasant reply that missed the need) as lukewarm, never as pleased', () => {
    for (const line of BOOKS[language].reactions.lukewarm) {
      const found = signals(line);
      expect({ line, lukewarm: found.includes('lukewarm'), pleased: found.filter((s) => PLEASED.includes(s)) }).toEqual({ line, lukewarm: true, pleased: [] });
    }
  });

  it('opens up (a signal the appraisal reads as trust) when it shares a revelation', () => {
    for (const lead of BOOKS[language].revealLeads) {
      expect({ lead, signals: signals(lead) }).toEqual({ lead, signals: expect.arrayContaining(['opens-up']) });
    }
  });
});
