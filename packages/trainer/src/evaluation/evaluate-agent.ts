import { EMOTION_FAILURE_BELOW, EMOTION_MAX, EMPATHETIC_CHAT_ID, deriveSeed, make, type Agent, type ChatInfo, type ChatObservation, type EmpatheticChatOptions, type Persona } from '@rlver/env';

/** One evaluated dialogue. */
export interface EvaluatedEpisode {
  readonly personaId: string;
  readonly language: string;
  readonly hiddenNeed: string;
  readonly characterType: string;
  readonly finalEmotion: number;
  readonly outcome: string;
  readonly turns: number;
}

/** Mean final emotion and rates of a set of dialogues. */
export interface EvaluationScore {
  readonly episodes: number;
  readonly meanEmotion: number;
  readonly successRate: number;
  readonly failureRate: number;
}

/** An agent's evaluation: overall, per language, per hidden need. */
export interface EvaluationSummary extends EvaluationScore {
  readonly agent: string;
  readonly byLanguage: Readonly<Record<string, EvaluationScore>>;
  readonly byNeed: Readonly<Record<string, EvaluationScore>>;
}

/** Options of {@link evaluateAgent}. */
export interface EvaluateAgentOptions {
  /** Env options (simulator, difficulty, maxTurns, ...); `personas` is set to the evaluated ones. */
  readonly env: Omit<EmpatheticChatOptions, 'personas'>;
  /** Seeds each persona's episode and the agent's calls (the same for every agent: common random numbers). */
  readonly seed: number;
  /** Dialogues run at once (default 4). Results do not depend on it. */
  readonly concurrency?: number;
}

/**
 * Play one dialogue with each persona and score the agent. Every agent evaluated with the same seed meets the
 * same simulated users (same episode seeds) and gets the same call seeds, so differences come from the agent.
 */
export async function evaluateAgent(agent: Agent, personas: readonly Persona[], options: EvaluateAgentOptions): Promise<{ summary: EvaluationSummary; episodes: EvaluatedEpisode[] }> {
  const episodes = new Array<EvaluatedEpisode>(personas.length);
  let next = 0;
  const worker = async () => {
    const env = make(EMPATHETIC_CHAT_ID, { ...options.env, personas: [...personas] });
    try {
      for (let index = next++; index < personas.length; index = next++) {
        const persona = personas[index]!;
        const episodeSeed = deriveSeed(options.seed, persona.id);
        let [observation, info] = (await env.reset({ seed: episodeSeed, options: { personaId: persona.id } })) as [ChatObservation, ChatInfo];
        for (;;) {
          const reply = await agent.respond(observation, { seed: deriveSeed(episodeSeed, 'agent') });
          const [nextObservation, , terminated, truncated, nextInfo] = (await env.step(reply)) as [ChatObservation, number, boolean, boolean, ChatInfo];
          observation = nextObservation;
          info = nextInfo;
          if (terminated || truncated) break;
        }
        episodes[index] = {
          personaId: persona.id,
          language: persona.language,
          hiddenNeed: persona.hiddenNeed,
          characterType: persona.characterType,
          finalEmotion: info.emotion,
          outcome: info.outcome ?? 'truncated',
          turns: info.turn,
        };
      }
    } finally {
      await env.close();
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 4, personas.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return { summary: summarize(agent.name, episodes), episodes };
}

/** Score a set of evaluated dialogues. */
export function summarize(agent: string, episodes: readonly EvaluatedEpisode[]): EvaluationSummary {
  const groupBy = (key: 'language' | 'hiddenNeed') => {
    const out: Record<string, EvaluationScore> = {};
    for (const value of [...new Set(episodes.map((e) => e[key]))].sort()) out[value] = score(episodes.filter((e) => e[key] === value));
    return out;
  };
  return { agent, ...score(episodes), byLanguage: groupBy('language'), byNeed: groupBy('hiddenNeed') };
}

function score(episodes: readonly EvaluatedEpisode[]): EvaluationScore {
  const n = episodes.length;
  if (n === 0) return { episodes: 0, meanEmotion: 0, successRate: 0, failureRate: 0 };
  return {
    episodes: n,
    meanEmotion: episodes.reduce((a, e) => a + e.finalEmotion, 0) / n,
    successRate: episodes.filter((e) => e.finalEmotion >= EMOTION_MAX).length / n,
    failureRate: episodes.filter((e) => e.finalEmotion < EMOTION_FAILURE_BELOW).length / n,
  };
}
