import {
  DEFAULT_WEIGHTS,
  HIDDEN_NEEDS,
  InvalidOptionError,
  Rng,
  appraiseReply,
  toJudgeStep,
  type Appraisal,
  type DialogueState,
  type HiddenNeed,
  type Language,
} from '@rlver/env';
import { dialogue, persona, stateFor } from './support';

const raw = (a: Appraisal): number => a.proposedChange as number;
const cues = (a: Appraisal): string[] => a.reasons.map((r) => r.cue);

/** For each hidden need, a reply that meets it (and little else), in both languages. */
const MEETS: Readonly<Record<HiddenNeed, Readonly<Record<Language, string>>>> = {
  'blameless-validation': { en: 'This is not your fault. You did nothing wrong.', zh: '这不是你的错，你没有做错。' },
  'guided-reflection': { en: 'Looking back, what does this tell you about what matters most to you?', zh: '回头看这件事，你有没有想过你真正在意的是什么？' },
  'balanced-analysis': { en: 'On the one hand you did the work; on the other hand, both of you wanted the project to go well.', zh: '一方面你付出了心血，另一方面双方其实都希望项目顺利，有利有弊。' },
  'deep-empathy': { en: 'I can only imagine carrying this on your own, feeling so hurt and invisible.', zh: '我能感受到那种一个人扛着的感觉，你一定很委屈。' },
  'attentive-listening': { en: 'That sounds like it left you so hurt. What happened after the meeting?', zh: '听得出来你很委屈。周会之后发生了什么？' },
  'others-motives': { en: 'Maybe he felt threatened; he might have been under pressure from his own boss.', zh: '他可能是因为自己压力很大，背后也许有他的顾虑。' },
  'practical-advice': { en: "You could try writing down what you did, and I'd suggest asking him for a one-on-one.", zh: '建议你先把自己做的工作写下来，不妨约个时间和他谈谈。' },
  'specific-praise': { en: 'That took courage, and your patience in that meeting was impressive.', zh: '你处理得很好，这份耐心真的很难得。' },
};

function laterState(language: Language, need: HiddenNeed, userSays?: string): DialogueState {
  const p = persona(language, need);
  const agent = language === 'en' ? 'I hear you.' : '我在听。';
  const user = userSays ?? (language === 'en' ? 'It still bothers me a lot.' : '我还是很在意这件事。');
  return stateFor(p, { history: dialogue(p, [agent, user]) });
}

describe('rule appraisal: judgement', () => {
  for (const language of ['en', 'zh'] as const) {
    describe(language, () => {
      it.each(HIDDEN_NEEDS.map((n) => [n]))('a reply that meets %s scores higher under that hidden need than under any other', (need) => {
        const reply = MEETS[need][language];
        const own = raw(appraiseReply(laterState(language, need), reply));
        for (const other of HIDDEN_NEEDS) {
          if (other === need) continue;
          expect(own).toBeGreaterThan(raw(appraiseReply(laterState(language, other), reply)));
        }
        const reasons = appraiseReply(laterState(language, need), reply).reasons;
        expect(reasons.some((r) => r.need === need && r.effect > 0)).toBe(true);
      });

      it('a challenging user gains less and loses more than a vanilla one', () => {
        const good = MEETS['deep-empathy'][language];
        const bad = language === 'en' ? "It's no big deal. You should just move on." : '没什么大不了的，你应该想开点。';
        const vanilla = laterState(language, 'deep-empathy');
        const challenging = { ...vanilla, difficulty: 'challenging' as const };
        const gainV = appraiseReply(vanilla, good);
        const gainC = appraiseReply(challenging, good);
        expect(raw(gainV)).toBeGreaterThan(0);
        expect(raw(gainC)).toBeLessThan(raw(gainV));
        expect(gainC.change).toBeLessThanOrEqual(gainV.change);
        expect(cues(gainC)).toContain('difficulty');
        const lossV = appraiseReply(vanilla, bad);
        const lossC = appraiseReply(challenging, bad);
        expect(raw(lossV)).toBeLessThan(0);
        expect(raw(lossC)).toBeLessThan(raw(lossV));
        expect(lossC.change).toBeLessThanOrEqual(lossV.change);
      });

      it('repeating an earlier reply costs, and says so', () => {
        const p = persona(language, 'deep-empathy');
        const reply = MEETS['deep-empathy'][language];
        const other = language === 'en' ? 'What happened after that?' : '后来呢？';
        const userLine = language === 'en' ? 'It still bothers me a lot.' : '我还是很在意这件事。';
        const repeated = appraiseReply(stateFor(p, { history: dialogue(p, [reply, userLine]) }), reply);
        const fresh = appraiseReply(stateFor(p, { history: dialogue(p, [other, userLine]) }), reply);
        expect(raw(repeated)).toBeLessThan(raw(fresh) - 3);
        const reason = repeated.reasons.find((r) => r.cue === 'repetition');
        expect(reason?.effect).toBeLessThan(0);
        expect(reason?.detail).toMatch(/similarity 1\.00/);
        expect(cues(fresh)).not.toContain('repetition');
      });

      it('a user who just asked why punishes a reply that does not say, and credits one that does', () => {
        const asks = language === 'en' ? 'But why would he do that to me?' : '可他为什么要这么对我？';
        const state = laterState(language, 'deep-empathy', asks);
        const ignores = appraiseReply(state, language === 'en' ? 'I hear how much this hurts.' : '我听得出你有多难受。');
        const answers = appraiseReply(state, MEETS['others-motives'][language]);
        expect(ignores.reasons.find((r) => r.cue === 'request-ignored')?.effect).toBeLessThan(0);
        expect(answers.reasons.find((r) => r.cue === 'request-answered')?.effect).toBeGreaterThan(0);
        expect(cues(answers)).not.toContain('request-ignored');
      });

      it('a user who asked for something concrete punishes a reply without it; advice they asked for is not premature', () => {
        const asks = language === 'en' ? 'Okay, but what should I actually do?' : '那我具体该怎么办？';
        const vagueReply = language === 'en' ? 'It will all work out in time.' : '一切都会慢慢好起来的。';
        const state = laterState(language, 'practical-advice', asks);
        const vague = appraiseReply(state, vagueReply);
        expect(vague.reasons.find((r) => r.cue === 'request-ignored')?.effect).toBeLessThan(0);
        const concrete = appraiseReply(state, MEETS['practical-advice'][language]);
        expect(concrete.reasons.find((r) => r.cue === 'request-answered')?.effect).toBeGreaterThan(0);
        expect(cues(concrete)).not.toContain('premature-advice');
        expect(raw(concrete)).toBeGreaterThan(raw(vague));
        const unasked = appraiseReply(stateFor(persona(language, 'practical-advice')), MEETS['practical-advice'][language]);
        expect(cues(unasked)).toContain('premature-advice');
      });

      it('the user’s mood carries over: the same reply lands better after thanks than after a complaint', () => {
        const pleased = language === 'en' ? "Thanks, that really helps. I'll try it." : '谢谢，真的有用，我会试试。';
        const fedUp = language === 'en' ? "Ugh, that's still too vague. It's useless." : '唉，还是太笼统了，根本没用。';
        const reply = MEETS['deep-empathy'][language];
        const after = (userSays: string): Appraisal => appraiseReply(laterState(language, 'deep-empathy', userSays), reply);
        const up = after(pleased);
        const down = after(fedUp);
        expect(raw(up)).toBeGreaterThan(raw(down));
        expect(up.reasons.find((r) => r.cue === 'mood')?.effect).toBeGreaterThan(0);
        expect(down.reasons.find((r) => r.cue === 'mood')?.effect).toBeLessThan(0);
      });

      it('an empty reply is the worst reply', () => {
        for (const empty of ['', '   \n ']) {
          const a = appraiseReply(laterState(language, 'deep-empathy'), empty);
          expect(a.change).toBe(-10);
          expect(cues(a)).toEqual(['empty']);
        }
      });
    });
  }

  it('changes are integers on the judge’s steps, reasons sum to the raw score, and the same input gives the same appraisal', () => {
    const rng = new Rng(11);
    const pieces: Record<Language, string[]> = {
      en: [
        'I hear you.', 'That must have hurt.', 'You should move on.', 'What happened next?', 'Maybe he was under pressure.',
        '1. Talk to him\n2. Write it down', '**Important**: breathe.', 'You did nothing wrong.', 'Everything will be fine.',
        'That took courage.', 'Looking back, what would you change?', 'On the other hand, he may see it differently.',
      ],
      zh: ['我在听。', '你一定很难受。', '你应该想开点。', '后来呢？', '他可能压力很大。', '1. 找他谈\n2. 写下来', '**重要**：先冷静。', '这不是你的错。', '一切都会好起来的。', '你做得很好。', '回头看，你会怎么做？', '另一方面，他可能有自己的想法。'],
    };
    for (let i = 0; i < 300; i++) {
      const language = rng.pick(['en', 'zh'] as const);
      const need = rng.pick(HIDDEN_NEEDS);
      const reply = Array.from({ length: rng.intBetween(1, 6) }, () => rng.pick(pieces[language])).join(' ');
      const state = { ...laterState(language, need, rng.pick(pieces[language])), difficulty: rng.pick(['vanilla', 'challenging'] as const) };
      const a = appraiseReply(state, reply);
      expect([-10, -5, 5, 10]).toContain(a.change);
      const sum = a.reasons.reduce((s, r) => s + r.effect, 0);
      expect(sum).toBeCloseTo(a.proposedChange as number, 9);
      expect(a.change).toBe(toJudgeStep(a.proposedChange as number, DEFAULT_WEIGHTS.strongThreshold));
      for (const r of a.reasons) {
        expect(Number.isFinite(r.effect)).toBe(true);
        expect(r.detail.length).toBeGreaterThan(0);
      }
      expect(appraiseReply(state, reply)).toEqual(a);
    }
  });

  it('rejects a reply that is not a string and an unknown language, naming them', () => {
    const state = laterState('en', 'deep-empathy');
    expect(() => appraiseReply(state, 42 as unknown as string)).toThrow(InvalidOptionError);
    expect(() => appraiseReply(state, 42 as unknown as string)).toThrow(/"reply".*expected a string/);
    expect(() => appraiseReply({ ...state, language: 'fr' as Language }, 'hi')).toThrow(/"language".*"en" or "zh"/);
  });
});
