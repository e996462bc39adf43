import type { Persona } from '@rlver/env';

/** An English persona for the LLM-user tests. */
export function englishPersona(overrides: Partial<Persona> = {}): Persona {
  return {
    id: 'llm-test-mira',
    source: 'custom',
    language: 'en',
    name: 'Mira',
    age: 34,
    gender: 'female',
    occupation: 'architect',
    characterType: 'negative',
    traits: ['proud', 'quick-tempered'],
    hiddenNeed: 'others-motives',
    topic: 'a colleague took over her project',
    background: 'Her colleague Tom presented her design to the client as a team effort and the boss praised him.',
    others: [{ name: 'Tom', relation: 'colleague' }],
    revelations: ['She had stayed late for three weeks on the design.', 'Tom once helped her through a hard year.'],
    keywords: ['design', 'client', 'Tom'],
    firstMessage: 'Tom presented my design to the client like it was his.',
    ...overrides,
  };
}

/** A Chinese persona with SAGE-style free-text profile and scene. */
export function chinesePersona(overrides: Partial<Persona> = {}): Persona {
  return {
    id: 'llm-test-xiaoyun',
    source: 'sage',
    language: 'zh',
    name: '王小云',
    age: 23,
    characterType: 'avoidant',
    traits: ['自我中心'],
    hiddenNeed: 'others-motives',
    hiddenNeedText: '你想知道对方为什么这样做',
    topic: '和初恋的暧昧关系',
    background: '她和初恋张浩重逢后关系暧昧，但张浩从不谈未来。',
    others: [{ name: '张浩', relation: '初恋男友' }],
    revelations: ['张浩最近开始回避她的电话。'],
    keywords: ['张浩', '未来'],
    firstMessage: '最近张浩那个态度，真让我摸不着头脑。',
    profileText: '* 姓名：王小云\n* 职业：时尚博主',
    sceneText: '## 剧本背景故事\n王小云最近陷入了一段复杂的关系中。',
    ...overrides,
  };
}

/** Fast retries so that failure paths take milliseconds. */
export const QUICK_RETRIES = { retryBaseDelayMs: 2, retryMaxDelayMs: 50 } as const;
