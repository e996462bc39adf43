/**
 * Need sensitivity of a simulated user: how much the reward depends on meeting the persona's hidden need.
 *
 * The environment's core promise is that what helps depends on the hidden need, which the agent can only infer
 * from the user's words, and that no single trick wins. This module measures it by playing the same seeded
 * personas with a set of reference agents and comparing their mean final emotion:
 *
 * - `oracle`: an evaluation-only agent that knows the true hidden need (it reads the privileged `info`): its
 *   first reply reflects feelings, every later one realizes the strategy that meets the need;
 * - `random`: a uniformly random strategy per turn, through the same realizer;
 * - `fixed:<strategy>`: always the same strategy;
 * - `need-aware`: the built-in agent that infers the need from the user's words only;
 * - `generic-polite` and the one-trick agents.
 *
 * Margins: oracle - random, oracle - best fixed strategy, need-aware - random. A simulator whose reward barely
 * depends on the need gives small margins; one that is won by a trick gives a high fixed or one-trick score.
 */
import { builtinAgent } from '../../../agents/builtins/registry';
import { realizeStrategy } from '../../../agents/realizer';
import { STRATEGIES, STRATEGY_FOR_NEED, type Strategy } from '../../../agents/strategies';
import { EmpatheticChatEnv, type ChatInfo, type ChatObservation } from '../../../chat/empathetic-chat-env';
import type { Language } from '../../../chat/messages';
import type { EmpatheticChatOptions } from '../../../chat/options';
import { InvalidOptionError } from '../../../core/errors';
import type { Difficulty } from '../../types';

/** One-trick agents of the anti-gaming check. */
export const ONE_TRICK_AGENTS = ['same-phrase', 'always-advice', 'always-question', 'long-list', 'echo'] as const;

/** Every agent the measurement can play, by name. */
export const SENSITIVITY_AGENTS: readonly string[] = [
  'oracle',
  'random',
  ...STRATEGIES.map((s) => `fixed:${s}`),
  'need-aware',
  'generic-polite',
  ...ONE_TRICK_AGENTS,
];

/** Options of {@link measureNeedSensitivity}. */
export interface NeedSensitivityOptions {
  readonly language: Language;
  readonly difficulty: Difficulty;
  /** Episodes per agent (the same personas for every agent). */
  readonly episodes: number;
  /** Episode `i` resets with seed `baseSeed + i` (default 90_000: away from the seeds of training runs). */
  readonly baseSeed?: number;
  /** Agents to play (default {@link SENSITIVITY_AGENTS}). */
  readonly agents?: readonly string[];
  /** Further env options (e.g. `simulator`); `language` and `difficulty` come from above. */
  readonly env?: Omit<EmpatheticChatOptions, 'language' | 'difficulty'>;
}

/** Result of {@link measureNeedSensitivity}: mean final emotion per agent and the margins. */
export interface NeedSensitivity {
  readonly language: Language;
  readonly difficulty: Difficulty;
  readonly episodes: number;
  /** Mean final emotion per agent name. */
  readonly scores: Readonly<Record<string, number>>;
  /** The fixed strategy with the highest mean, and that mean. */
  readonly bestFixed: { readonly strategy: Strategy; readonly score: number };
  readonly margins: {
    readonly oracleOverRandom: number;
    readonly oracleOverBestFixed: number;
    readonly needAwareOverRandom: number;
  };
}

/**
 * Play every agent on the same `episodes` seeded personas and report mean final emotions and margins. Fully
 * deterministic: the env, the personas and every agent are seeded by the episode index.
 *
 * @throws InvalidOptionError for a bad episode count or an unknown agent name.
 */
export async function measureNeedSensitivity(options: NeedSensitivityOptions): Promise<NeedSensitivity> {
  const { language, difficulty, episodes } = options;
  if (!Number.isInteger(episodes) || episodes < 1) throw new InvalidOptionError('episodes', episodes, 'a positive integer');
  const baseSeed = options.baseSeed ?? 90_000;
  const agents = options.agents ?? SENSITIVITY_AGENTS;
  const env = new EmpatheticChatEnv({ ...options.env, language, difficulty });
  const scores: Record<string, number> = {};
  try {
    for (const name of agents) {
      let total = 0;
      for (let i = 0; i < episodes; i++) total += await playEpisode(env, name, baseSeed + i, i);
      scores[name] = total / episodes;
    }
  } finally {
    await env.close();
  }
  let bestFixed: { strategy: Strategy; score: number } = { strategy: STRATEGIES[0], score: -Infinity };
  for (const strategy of STRATEGIES) {
    const score = scores[`fixed:${strategy}`];
    if (score !== undefined && score > bestFixed.score) bestFixed = { strategy, score };
  }
  const score = (name: string): number => scores[name] ?? NaN;
  return {
    language,
    difficulty,
    episodes,
    scores,
    bestFixed,
    margins: {
      oracleOverRandom: score('oracle') - score('random'),
      oracleOverBestFixed: score('oracle') - bestFixed.score,
      needAwareOverRandom: score('need-aware') - score('random'),
    },
  };
}

/** Play one episode with the named agent; returns the final emotion. */
async function playEpisode(env: EmpatheticChatEnv, name: string, resetSeed: number, agentSeed: number): Promise<number> {
  let [observation, info] = await env.reset({ seed: resetSeed });
  const agent = name === 'oracle' ? undefined : builtinAgent(name, { seed: agentSeed });
  for (let done = false; !done; ) {
    const reply = agent ? await agent.respond(observation, { seed: agentSeed }) : oracleReply(observation, info, agentSeed);
    const [next, , terminated, truncated, stepInfo] = await env.step(reply);
    observation = next;
    info = stepInfo;
    done = terminated || truncated;
  }
  return info.emotion;
}

/**
 * The oracle's reply: it reads the true hidden need from the privileged info (which no real agent sees), so
 * it is an upper reference for what knowing the need is worth, not an agent to ship.
 */
function oracleReply(observation: ChatObservation, info: ChatInfo, seed: number): string {
  const turn = info.turn;
  const strategy: Strategy = turn === 0 ? 'reflect-feelings' : STRATEGY_FOR_NEED[info.hiddenNeed];
  return realizeStrategy(strategy, observation, { language: info.language, seed, turn });
}

