import type { ChatMessage, CharacterType, DialogueState, Difficulty, HiddenNeed, Language, Persona } from '@rlver/env';

/** A hand-written persona (no generator): the fields the appraisal reads are set explicitly. */
export function persona(language: Language, hiddenNeed: HiddenNeed, characterType: CharacterType = 'passive'): Persona {
  const zh = language === 'zh';
  return {
    id: `test-${language}-${hiddenNeed}-${characterType}`,
    source: 'custom',
    language,
    name: zh ? '林晓' : 'Sam',
    characterType,
    traits: [],
    hiddenNeed,
    topic: zh ? '领导把我的方案说成是他自己的' : 'my manager presented my project as his own',
    background: zh ? '我熬了三个星期做的方案，周会上领导说成是他的主意。' : 'I spent three weeks on the launch plan and my manager presented it as his idea.',
    others: [{ name: zh ? '王经理' : 'Mark', relation: zh ? '领导' : 'manager' }],
    revelations: [],
    keywords: zh ? ['方案', '周会'] : ['launch plan', 'meeting'],
    firstMessage: zh ? '唉，我熬了三个星期做的方案，周会上王经理居然说成是他自己的主意。' : 'I spent three weeks on the launch plan and today Mark presented it in the meeting as his own idea.',
  };
}

/** The user's opening message of {@link persona}. */
export function opening(p: Persona): ChatMessage {
  return { role: 'user', content: p.firstMessage ?? p.topic };
}

/** A dialogue state: `history` defaults to the persona's opening message. */
export function stateFor(
  p: Persona,
  options: { history?: readonly ChatMessage[]; difficulty?: Difficulty; emotion?: number; seed?: number } = {},
): DialogueState {
  const history = options.history ?? [opening(p)];
  const turn = history.filter((m) => m.role === 'assistant').length;
  return {
    persona: p,
    language: p.language,
    difficulty: options.difficulty ?? 'vanilla',
    emotion: options.emotion ?? 40,
    initialEmotion: 40,
    turn,
    maxTurns: 8,
    history,
    appraisals: [],
    seed: options.seed ?? 7,
  };
}

/** History: the opening, then alternating agent replies and user messages. */
export function dialogue(p: Persona, ...turns: ReadonlyArray<readonly [agent: string, user: string]>): ChatMessage[] {
  const out: ChatMessage[] = [opening(p)];
  for (const [agent, user] of turns) out.push({ role: 'assistant', content: agent }, { role: 'user', content: user });
  return out;
}
