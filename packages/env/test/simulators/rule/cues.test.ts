import { FEATURES, extractFeatures, lexiconFor, type ChatMessage, type DialogueState, type Language, type ReplyCue } from '@rlver/env';
import { dialogue, persona, stateFor } from './support';

/** The strength of one reply cue as the appraisal measured it. */
function strength(state: DialogueState, reply: string, cue: ReplyCue): number {
  const index = FEATURES.findIndex((f) => f.name === cue);
  return extractFeatures(state, reply, lexiconFor(state.language)).values[index]!;
}

/** A plain reply that shows none of the content cues (the control). */
const PLAIN: Record<Language, string> = {
  en: "Okay, I see. Go on whenever you're ready.",
  zh: '嗯，我明白了，你慢慢说。',
};

/** Hand-written replies, each showing one cue, in both languages. */
const EXAMPLES: ReadonlyArray<readonly [ReplyCue, string, string]> = [
  ['reflects-feelings', 'You must feel so hurt and invisible after all that work.', '你一定很委屈，付出那么多却没人看见。'],
  ['validates', "It's completely understandable to be angry; anyone in your shoes would be.", '换作是谁都会生气，这完全可以理解。'],
  ['agrees', "You're right about that.", '你说得对。'],
  ['open-question', 'What happened right after the meeting?', '周会之后发生了什么？'],
  ['others-motives', 'Maybe he felt threatened; he might have been under pressure from his own boss.', '他可能是因为自己压力很大，背后也许有他的顾虑。'],
  ['balanced-analysis', 'On the one hand you deserve credit; on the other hand, he may see his role differently.', '一方面你应该得到认可，另一方面也要看双方各自的处境。'],
  ['concrete-advice', "You could try writing down what you did, and I'd suggest asking him for a one-on-one.", '建议你先把自己做的工作写下来，不妨约个时间和他谈谈。'],
  ['offers-words', 'You could tell him: "I would like my part in the plan to be visible."', '你可以跟他说：“我希望我的付出能被看到。”'],
  ['specific-praise', 'That took courage, and your patience in that meeting was impressive.', '你处理得很好，这份耐心真的很难得。'],
  ['guides-reflection', 'Looking back, what would you do differently next time?', '回头看这件事，你有没有想过自己真正在意的是什么？'],
  ['presence', 'I can only imagine carrying this on your own.', '我能感受到那种一个人扛着的感觉。'],
  ['shared-joy', "I'm so glad to hear that!", '真为你高兴！'],
  ['encouragement', "Good luck, you've got this.", '加油，祝你顺利！'],
  ['generic-comfort', 'Everything will be fine, stay positive and take care of yourself.', '一切都会好起来的，保持积极的心态，照顾好自己。'],
  ['lecturing', 'You should learn to speak up; you need to be more assertive.', '你应该学会表达自己，你要明白职场就是这样。'],
  ['dismissing', "It's no big deal, at least you still have your job.", '没什么大不了的，别想太多，至少工作还在。'],
  ['referral', 'Maybe talk to a therapist or seek professional help.', '建议你寻求专业的心理咨询。'],
  ['apology', "I'm sorry.", '对不起。'],
  ['deferral', 'If you can share a bit more, I can give more specific advice.', '能不能说说更多细节，这样我才能更好地帮你。'],
  ['markdown', '**First**: breathe.\n\n## What next\n**Then** decide.', '**第一**：先冷静。\n\n## 接下来\n**然后**再决定。'],
  ['list', 'Options:\n1. talk to him\n2. talk to HR\n3. document everything', '几个办法：\n1. 找他谈\n2. 找人事\n3. 把证据留好'],
  ['names-people', 'Mark did that in front of the team.', '王经理当着大家的面这么做。'],
];

describe('rule appraisal: cue detection', () => {
  for (const language of ['en', 'zh'] as const) {
    const p = persona(language, 'deep-empathy');
    const state = stateFor(p, { history: dialogue(p, [language === 'en' ? 'I hear you.' : '我在听。', language === 'en' ? 'It still bothers me.' : '我还是很在意。']) });

    describe(language, () => {
      it.each(EXAMPLES.map(([cue, en, zh]) => [cue, language === 'en' ? en : zh] as const))('finds %s', (cue, reply) => {
        expect(strength(state, reply, cue)).toBeGreaterThan(0);
        expect(strength(state, PLAIN[language], cue)).toBe(0);
      });

      it('finds a reply grounded in the user’s own words, and not one about something else', () => {
        const grounded = language === 'en' ? 'Three weeks on that launch plan, and he presented it as his own idea in the meeting.' : '你熬了三个星期做的方案，他在周会上说成是自己的主意。';
        const unrelated = language === 'en' ? 'Cooking pasta takes twelve minutes in salted water.' : '意大利面要在盐水里煮十二分钟。';
        const first = stateFor(p);
        expect(strength(first, grounded, 'grounded')).toBeGreaterThan(0.3);
        expect(strength(first, unrelated, 'grounded')).toBe(0);
        expect(strength(first, unrelated, 'off-topic')).toBe(1);
        expect(strength(first, grounded, 'off-topic')).toBe(0);
      });

      it('finds parroting when the reply is mostly the user’s own message', () => {
        const first = stateFor(p);
        expect(strength(first, p.firstMessage!, 'parroting')).toBeGreaterThan(0.5);
        expect(strength(first, PLAIN[language], 'parroting')).toBe(0);
      });

      it('finds a wall of text by length, and only past the threshold', () => {
        const sentence = language === 'en' ? 'There is a lot to say about this situation and how it unfolded over time. ' : '这件事情有很多可以说的地方，也有很多细节值得慢慢梳理。';
        const wall = sentence.repeat(language === 'en' ? 30 : 40);
        expect(strength(state, wall, 'wall-of-text')).toBeGreaterThan(0);
        expect(strength(state, sentence, 'wall-of-text')).toBe(0);
        expect(strength(state, wall, 'length')).toBeGreaterThan(strength(state, sentence, 'length'));
      });

      it('finds many questions at once', () => {
        const many = language === 'en' ? 'Why? When? Who was there? What did he say? How did you react?' : '为什么？什么时候？谁在场？他说了什么？你怎么回应的？';
        expect(strength(state, many, 'interrogation')).toBeGreaterThan(0);
        expect(strength(state, PLAIN[language], 'interrogation')).toBe(0);
      });

      it('finds a streak of question-only replies', () => {
        const question = language === 'en' ? 'What happened next?' : '后来呢？发生了什么？';
        const history: ChatMessage[] = dialogue(p, [question, language === 'en' ? 'He just left.' : '他就走了。']);
        expect(strength(stateFor(p, { history }), question, 'question-streak')).toBe(1);
        expect(strength(stateFor(p), question, 'question-streak')).toBe(0);
      });

      it('marks advice before the user felt heard as premature, and not once the user said it helped', () => {
        const advice = language === 'en' ? 'You could try writing down what you did.' : '建议你先把自己做的工作写下来。';
        expect(strength(stateFor(p), advice, 'premature-advice')).toBeGreaterThan(0);
        const heard = dialogue(p, [language === 'en' ? 'That sounds painful.' : '这听起来很难受。', language === 'en' ? 'Thanks, that helps.' : '谢谢，有帮助。']);
        expect(strength(stateFor(p, { history: heard }), advice, 'premature-advice')).toBe(0);
      });

      it('marks the first reply as a first impression', () => {
        expect(strength(stateFor(p), PLAIN[language], 'first-reply')).toBe(1);
        expect(strength(state, PLAIN[language], 'first-reply')).toBe(0);
      });
    });
  }
});
