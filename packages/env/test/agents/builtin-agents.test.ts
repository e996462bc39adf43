import {
  BUILTIN_AGENT_NAMES,
  EchoAgent,
  FixedStrategyAgent,
  InvalidOptionError,
  LongListAgent,
  NeedAwareAgent,
  RandomStrategyAgent,
  STRATEGIES,
  builtinAgent,
  detectLanguage,
  realizeStrategy,
  type ChatMessage,
} from '@rlver/env';
import { EN_CREDIT, ZH_EFFORT } from './fixtures';

const HAN = /[\u4e00-\u9fff]/;

/** Run an agent for a few turns against canned user replies, returning its replies. */
async function converse(name: string, userTurns: readonly string[], seed = 0): Promise<string[]> {
  const agent = builtinAgent(name, { seed });
  const messages: ChatMessage[] = [];
  const replies: string[] = [];
  for (const text of userTurns) {
    messages.push({ role: 'user', content: text });
    const reply = await agent.respond(messages);
    replies.push(reply);
    messages.push({ role: 'assistant', content: reply });
  }
  return replies;
}

describe('builtinAgent registry', () => {
  it('builds every listed agent, named as listed', () => {
    expect(BUILTIN_AGENT_NAMES).toEqual(
      expect.arrayContaining(['generic-polite', 'need-aware', 'random', 'same-phrase', 'always-advice', 'always-question', 'long-list', 'echo']),
    );
    for (const s of STRATEGIES) expect(BUILTIN_AGENT_NAMES).toContain(`fixed:${s}`);
    for (const name of BUILTIN_AGENT_NAMES) expect(builtinAgent(name).name).toBe(name);
  });

  it('rejects an unknown name with a typed error listing the valid names', () => {
    expect(() => builtinAgent('therapist')).toThrow(InvalidOptionError);
    expect(() => builtinAgent('therapist')).toThrow(/"therapist".*generic-polite, need-aware, random, fixed:reflect-feelings/);
    expect(() => builtinAgent('fixed:hug')).toThrow(/"fixed:hug"/);
  });

  it('rejects bad options and bad messages naming them', async () => {
    expect(() => builtinAgent('need-aware', { language: 'fr' as never })).toThrow(/"language".*"fr"/);
    expect(() => builtinAgent('random', { seed: 0.5 })).toThrow(/"seed".*0\.5/);
    const agent = builtinAgent('need-aware');
    await expect(agent.respond('hello' as never)).rejects.toThrow(/"messages"/);
    await expect(agent.respond([{ role: 'user', content: 3 }] as never)).rejects.toThrow(/messages\[0\]/);
  });
});

describe('built-in agents', () => {
  it.each(BUILTIN_AGENT_NAMES)('%s answers in the language of the user, or the one it was given', async (name) => {
    const agent = builtinAgent(name);
    expect(HAN.test(await agent.respond(ZH_EFFORT))).toBe(true);
    const english = await agent.respond(EN_CREDIT);
    expect(detectLanguage(english)).toBe('en');
    expect(english.trim().length).toBeGreaterThan(0);
    if (name !== 'echo') expect(HAN.test(await builtinAgent(name, { language: 'zh' }).respond(EN_CREDIT))).toBe(true);
  });

  it.each(BUILTIN_AGENT_NAMES)('%s is deterministic for a seed', async (name) => {
    const turns = ["My mom keeps comparing me to my cousin and I'm tired of it.", "She did it again at dinner. Why does she do that?", 'What should I do?'];
    expect(await converse(name, turns, 4)).toEqual(await converse(name, turns, 4));
  });

  it('the one-trick agents do exactly their one trick', async () => {
    const turns = ['My boss ignored my idea.', 'He did it again today.', 'I feel invisible.', 'Whatever.'];
    const same = await converse('same-phrase', turns);
    expect(new Set(same).size).toBe(1);
    expect(await converse('echo', turns)).toEqual(turns);
    for (const reply of await converse('always-question', turns)) expect(reply.trim()).toMatch(/\?$/);
    for (const reply of await converse('always-advice', turns)) expect(reply).toMatch(/\b(?:should|advice|suggest)\b/i);
    for (const reply of await converse('long-list', turns)) expect(reply.match(/^\d+\. /gm)?.length).toBeGreaterThanOrEqual(8);
    expect(await new EchoAgent().respond([])).toBe('');
    expect(await new LongListAgent({ language: 'zh' }).respond(EN_CREDIT)).toMatch(/^1\. /m);
  });

  it('the generic polite agent formats lists on some turns and never uses the user\'s words', async () => {
    const replies = await converse('generic-polite', ['My manager Tom took credit for my slides.', 'Tom did it again.', 'I am furious with Tom.', 'Tom, again.']);
    expect(replies.some((r) => /^(?:1\.|-) /m.test(r))).toBe(true);
    expect(replies.join(' ')).not.toMatch(/Tom|slides|furious/);
  });

  it('a fixed-strategy agent says what realizeStrategy says for its strategy', async () => {
    const agent = new FixedStrategyAgent('others-motives', { seed: 9 });
    expect(agent.name).toBe('fixed:others-motives');
    expect(await agent.respond(EN_CREDIT)).toBe(realizeStrategy('others-motives', EN_CREDIT, { language: 'en', seed: 9, turn: 0 }));
    expect(() => new FixedStrategyAgent('hug' as never)).toThrow(/"strategy".*"hug"/);
  });

  it('the random agent uses many strategies over turns, and the call seed overrides the agent seed', async () => {
    const used = new Set(Array.from({ length: 40 }, (_, turn) => RandomStrategyAgent.strategyAt(3, turn)));
    expect(used.size).toBeGreaterThanOrEqual(7);
    const agent = new RandomStrategyAgent({ seed: 1 });
    const withCallSeed = await agent.respond(EN_CREDIT, { seed: 2 });
    expect(withCallSeed).toBe(await new RandomStrategyAgent({ seed: 2 }).respond(EN_CREDIT));
    expect(await new RandomStrategyAgent(2).respond(EN_CREDIT)).toBe(withCallSeed);
    expect(() => new RandomStrategyAgent(2.5)).toThrow(/"seed".*2\.5/);
  });
});

describe('NeedAwareAgent', () => {
  it('reflects feelings on the first reply unless asked something outright', () => {
    expect(NeedAwareAgent.plan(EN_CREDIT, 'en').strategy).toBe('reflect-feelings');
    const asked: ChatMessage[] = [{ role: 'user', content: 'My roommate keeps eating my food. What should I do?' }];
    expect(NeedAwareAgent.plan(asked, 'en')).toMatchObject({ need: 'practical-advice', strategy: 'practical-suggestion', leadWithReflection: true });
  });

  it.each([
    ['en', "Why would she do that? I can't figure out why she keeps pushing me away.", 'others-motives'],
    ['en', "Nobody even noticed all the work I did for that event. Not even a thank you.", 'specific-praise'],
    ['en', "Am I wrong here? It's not my fault they changed the plan without telling me.", 'validate'],
    ['zh', '我想不通他为什么要这样对我，他到底在想什么？', 'others-motives'],
    ['zh', '凭什么怪我？又不是我的错。', 'validate'],
    ['zh', '我是不是也有问题？我想知道自己哪里做得不好。', 'guide-reflection'],
  ] as const)('after the opening, leans on the strategy for the inferred need (%s: %s)', (language, text, strategy) => {
    const opening: ChatMessage[] = [
      { role: 'user', content: language === 'zh' ? '最近发生了一些事。' : 'Something happened recently.' },
      { role: 'assistant', content: language === 'zh' ? '愿意和我说说吗？' : 'Do you want to tell me about it?' },
      { role: 'user', content: text },
    ];
    expect(NeedAwareAgent.plan(opening, language).strategy).toBe(strategy);
  });

  it('acknowledges pushback and changes tack instead of repeating the plan that missed', async () => {
    const messages: ChatMessage[] = [
      { role: 'user', content: 'My sister blames me for the fight.' },
      { role: 'assistant', content: 'x' },
      { role: 'user', content: "Is it my fault? It's not my fault she overreacted." },
    ];
    const before = NeedAwareAgent.plan(messages, 'en');
    expect(before.strategy).toBe('validate');
    messages.push({ role: 'assistant', content: 'y' }, { role: 'user', content: "That's too vague. Why would she even do that?" });
    const after = NeedAwareAgent.plan(messages, 'en');
    expect(after.repair).toBe(true);
    expect(after.strategy).not.toBe('validate');
    const reply = await new NeedAwareAgent().respond(messages);
    expect(reply).toMatch(/^(?:You're right|Fair point|I hear you)/);
  });

  it('keeps the strategy when the user pushes back but asks again for the same thing, and takes up the question', async () => {
    const messages: ChatMessage[] = [
      { role: 'user', content: 'My friend Tyler owes me money.' },
      { role: 'assistant', content: 'x' },
      { role: 'user', content: "Why would Tyler spend on concerts but not pay me back? What is he thinking?" },
      { role: 'assistant', content: 'y' },
      { role: 'user', content: "That's too vague. Why would Tyler do that to me?" },
    ];
    const plan = NeedAwareAgent.plan(messages, 'en');
    expect(plan).toMatchObject({ need: 'others-motives', strategy: 'others-motives', repair: true });
    const replies = await Promise.all([0, 1, 2, 3, 4].map((seed) => new NeedAwareAgent({ seed }).respond(messages)));
    expect(replies.some((r) => r.includes('why Tyler would do that to you'))).toBe(true);
  });

  it('keeps its wording fresh across a dialogue', async () => {
    const replies = await converse('need-aware', [
      "My manager took credit for my report and I'm furious.",
      'He does this all the time.',
      'I just needed to say it.',
      'It keeps happening.',
      'Yeah.',
    ]);
    expect(new Set(replies).size).toBe(replies.length);
    for (const reply of replies) expect(reply.split(/\s+/).length).toBeLessThanOrEqual(70);
  });
});
