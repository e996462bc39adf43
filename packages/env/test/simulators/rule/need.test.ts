import {
  EmpatheticChatEnv,
  FEATURES,
  appraiseReply,
  extractFeatures,
  lexiconFor,
  readUserSignals,
  type Appraisal,
  type ChatInfo,
  type DialogueState,
  type Persona,
  type ReplyCue,
} from '@rlver/env';
import { dialogue, persona, stateFor } from './support';

/**
 * What helps depends on the hidden need, checked with hand-written replies (not the strategy realizer's
 * templates), so the design holds for replies any agent might write.
 */

const raw = (a: Appraisal): number => a.proposedChange as number;

function strength(state: DialogueState, reply: string, cue: ReplyCue): number {
  const index = FEATURES.findIndex((f) => f.name === cue);
  return extractFeatures(state, reply, lexiconFor(state.language)).values[index]!;
}

describe.each(['en', 'zh'] as const)('rule appraisal: motives said by name (%s)', (language) => {
  // The persona's other person is Mark / 王经理 (see support.ts); neither is a pronoun the lexicon knows.
  const p = persona(language, 'others-motives');
  const state = stateFor(p, { history: dialogue(p, [language === 'en' ? 'I hear you.' : '我在听。', language === 'en' ? 'Why would he do that?' : '他为什么要这样？']) });

  it('reads a guess at a named person\'s mind as others-motives', () => {
    const named = language === 'en' ? 'Mark probably wanted to look good in front of the directors.' : '王经理可能是想在大领导面前表现自己。';
    expect(strength(state, named, 'others-motives')).toBeGreaterThan(0);
    const possessive = language === 'en' ? "Mark's own insecurity could be behind this." : '王经理心里未必觉得这样对。';
    expect(strength(state, possessive, 'others-motives')).toBeGreaterThan(0);
    const a = appraiseReply(state, named);
    expect(a.reasons.map((r) => r.cue)).toEqual(expect.arrayContaining(['others-motives', 'request-answered']));
    expect(a.reasons.map((r) => r.cue)).not.toContain('need-unmet');
  });

  it('does not read a plain mention of the person as a motive', () => {
    const mention = language === 'en' ? 'Mark presented the plan in the meeting.' : '王经理在周会上讲了这个方案。';
    expect(strength(state, mention, 'others-motives')).toBe(0);
  });

  it('reads a guess at the reason, whoever it is about, as others-motives', () => {
    const guess = language === 'en' ? "My guess is that he was afraid of looking replaceable." : '我猜是因为他怕丢面子，才这么做。';
    expect(strength(state, guess, 'others-motives')).toBeGreaterThan(0);
  });
});

describe('rule appraisal: phrases that look like a cue but are not', () => {
  it('"it might be that..." guesses at a reason, it does not reflect a feeling', () => {
    const p = persona('en', 'deep-empathy');
    expect(strength(stateFor(p), 'It might be that the deadline moved and nobody told you.', 'reflects-feelings')).toBe(0);
    expect(strength(stateFor(p), 'That must have been so humiliating.', 'reflects-feelings')).toBeGreaterThan(0);
  });

  it('a denied dismissal is not a dismissal', () => {
    const zh = stateFor(persona('zh', 'blameless-validation'));
    expect(strength(zh, '这不是你想多了，换了任何人都会难受。', 'dismissing')).toBe(0);
    expect(strength(zh, '这不是你想多了，换了任何人都会难受。', 'validates')).toBeGreaterThan(0);
    expect(strength(zh, '你就是想多了。', 'dismissing')).toBeGreaterThan(0);
    const en = stateFor(persona('en', 'blameless-validation'));
    expect(strength(en, "It's not nothing, and you're not overreacting.", 'dismissing')).toBe(0);
  });

  it('being glad to listen is presence, not shared joy', () => {
    const en = stateFor(persona('en', 'attentive-listening'));
    expect(strength(en, "I'm happy to just listen, take your time.", 'shared-joy')).toBe(0);
    expect(strength(en, "I'm happy to just listen, take your time.", 'presence')).toBeGreaterThan(0);
    const zh = stateFor(persona('zh', 'attentive-listening'));
    expect(strength(zh, '很高兴你愿意说出来，我一直在这儿听。', 'shared-joy')).toBe(0);
    expect(strength(zh, '很高兴你愿意说出来，我一直在这儿听。', 'presence')).toBeGreaterThan(0);
  });
});

describe.each(['en', 'zh'] as const)('rule appraisal: patience (%s)', (language) => {
  const en = language === 'en';
  // A user who wants to know why the other person acted so, and replies that are kind but never say.
  const p = persona(language, 'others-motives');
  const kind = en
    ? ['That sounds exhausting, and you did nothing wrong.', "Anyone in your place would be upset; it's completely understandable.", 'You handled a hard meeting with real grace.']
    : ['这不是你的错，你没有做错什么。', '换作是谁都会生气，这完全可以理解。', '你在会上处理得很得体，真的很难得。'];
  const motive = en ? 'Maybe he felt threatened by how good your plan was.' : '他可能是因为觉得你的方案太好，心里有压力。';
  const userLine = en ? 'Hm. Okay.' : '嗯，好吧。';

  it('a kind reply that misses the need costs more after earlier replies missed it too, and says so', () => {
    const fresh = appraiseReply(stateFor(p, { history: dialogue(p, [motive, userLine]) }), kind[2]!);
    const worn = appraiseReply(stateFor(p, { history: dialogue(p, [kind[0]!, userLine], [kind[1]!, userLine]) }), kind[2]!);
    expect(fresh.reasons.map((r) => r.cue)).not.toContain('impatience');
    const reason = worn.reasons.find((r) => r.cue === 'impatience');
    expect(reason?.effect).toBeLessThan(0);
    expect(reason?.need).toBe('others-motives');
    expect(reason?.detail).toMatch(/2 earlier replies in a row/);
    expect(raw(worn)).toBeLessThan(raw(fresh));
  });

  it('a reply that meets the need after misses is not punished for the earlier misses', () => {
    const a = appraiseReply(stateFor(p, { history: dialogue(p, [kind[0]!, userLine], [kind[1]!, userLine]) }), motive);
    expect(a.reasons.map((r) => r.cue)).not.toContain('impatience');
    expect(a.reasons.some((r) => r.need === 'others-motives' && r.effect > 0)).toBe(true);
  });
});

/** Play a scripted agent (the same replies in order) against the rule simulator with one persona. */
async function play(p: Persona, replies: readonly string[]): Promise<{ infos: ChatInfo[]; userTurns: string[] }> {
  const env = new EmpatheticChatEnv({ language: p.language });
  await env.reset({ seed: 3, options: { persona: p } });
  const infos: ChatInfo[] = [];
  const userTurns: string[] = [];
  for (const reply of replies) {
    const [next, , terminated, truncated, info] = await env.step(reply);
    infos.push(info);
    userTurns.push(next[next.length - 1]!.content);
    if (terminated || truncated) break;
  }
  await env.close();
  return { infos, userTurns };
}

describe.each(['en', 'zh'] as const)('rule simulator: hand-written dialogues (%s)', (language) => {
  const en = language === 'en';
  const p: Persona = { ...persona(language, 'others-motives', 'negative'), revelations: [] };
  const kind = en
    ? [
        'That sounds really hard, and it makes sense that you are upset.',
        "Anyone in your place would be angry; you didn't do anything wrong.",
        'You worked hard on that plan, and that says a lot about you.',
        "I'm here with you, take your time.",
        'Your feelings about this are completely valid.',
      ]
    : ['这确实很难受，你生气完全可以理解。', '换作是谁都会生气，你没有做错什么。', '你为这个方案付出了很多，这份用心很难得。', '我在这儿陪着你，慢慢说。', '你的感受是真实的，也是合理的。'];
  const motives = en
    ? [
        'That sounds really hard. Maybe Mark felt threatened by how good your plan was.',
        'He might have been under pressure from his own boss to show results.',
        "My guess is that Mark doesn't know how to admit he needs help, so he takes credit instead.",
        'From his side, your plan may have looked like a way to save face in front of the directors.',
        'It could be that he was afraid of looking replaceable next to you.',
      ]
    : [
        '这确实很难受。王经理可能是觉得你的方案太出色，心里有压力。',
        '他也许是因为上面的领导一直在催业绩，才这么做。',
        '我猜王经理其实不太会承认自己需要帮助，所以干脆把功劳揽过去。',
        '站在他的角度，你的方案可能是他在大领导面前挽回面子的机会。',
        '说不定他是怕在你面前显得可有可无，背后是他自己的不安全感。',
      ];

  it('kind replies that never explain the other person end far below replies that do, and the user says what they want', async () => {
    const missed = await play(p, kind);
    const met = await play(p, motives);
    const final = (infos: ChatInfo[]): number => infos[infos.length - 1]!.emotion;
    expect(final(met.infos) - final(missed.infos)).toBeGreaterThanOrEqual(15);
    // Patience wears thin: the later kind replies lose emotion, and the reasons say why.
    expect(missed.infos.slice(2).some((info) => (info.change as number) < 0 && info.reasons!.some((r) => r.cue === 'impatience'))).toBe(true);
    // The user keeps asking why; the appraisal reads it as the request it is.
    const asksWhy = missed.userTurns.filter((t) => readUserSignals(t, lexiconFor(language)).counts['asks-why'] > 0).length;
    expect(asksWhy).toBeGreaterThanOrEqual(2);
    // A user given what they want does not ask for it again and again.
    expect(met.infos.every((info) => (info.change as number) > 0)).toBe(true);
  });

  it('answers a kind reply that misses the need without thanks', async () => {
    const missed = await play(p, kind.slice(0, 3));
    const lexicon = lexiconFor(language);
    for (const text of missed.userTurns) {
      const counts = readUserSignals(text, lexicon).counts;
      expect({ text, thanks: counts.thanks, relief: counts.relief }).toEqual({ text, thanks: 0, relief: 0 });
    }
  });
});
