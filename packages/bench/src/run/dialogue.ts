import { deriveSeed, emotionBand, splitThought, type Agent, type ChatInfo, type ChatObservation, type Env, type Outcome } from '@rlver/env';
import { callAgent } from '../agents/call';
import { AgentCallError } from '../agents/errors';
import { emotionStateLabel } from '../protocol';
import type { BenchResultRow, HistoryMessage, PlanningRecord, RowError, RunSettings } from '../results/types';
import { sageCharacterLabel } from '../sage/labels';
import type { DialogueTask } from './plan';

/** The chat environment as the bench drives it. */
export type ChatEnv = Env<ChatObservation, string, ChatInfo>;

/** What a dialogue needs besides its task. */
export interface DialogueContext {
  readonly agent: Agent;
  readonly settings: RunSettings;
}

/**
 * Run one dialogue of the SAGE protocol and return its result row. The agent sees the observation (the dialogue
 * so far), answers within the time limit, and the environment appraises the reply and answers as the user, until
 * success, failure, goodbye or the turn limit. A failing agent or simulator ends the dialogue with an error row
 * that keeps the dialogue so far; it never throws for those.
 */
export async function runDialogue(env: ChatEnv, task: DialogueTask, context: DialogueContext): Promise<BenchResultRow> {
  const { agent, settings } = context;
  const history: HistoryMessage[] = [];
  let emotion = settings.protocol.initialEmotion;
  let turn = 0;
  const finish = (outcome: Outcome | 'error', error?: RowError): BenchResultRow => buildRow(task, settings, history, emotion, turn, outcome, error);

  let observation: ChatObservation;
  try {
    const [first, info] = await env.reset({ seed: task.seed, options: { personaId: task.persona.id } });
    observation = first;
    emotion = info.emotion;
    history.push({ role: 'user', content: lastContent(first), 'emotion-point': info.emotion });
  } catch (error) {
    return finish('error', { source: 'simulator', message: messageOf(error), turn });
  }

  for (;;) {
    let reply: string;
    let thought: string | undefined;
    try {
      reply = await callAgent(agent, observation, { timeoutMs: settings.agent.timeoutMs, seed: deriveSeed(task.seed, 'agent', turn) });
    } catch (error) {
      const timeout = error instanceof AgentCallError && error.timeout;
      return finish('error', { source: 'agent', message: messageOf(error), turn, ...(timeout ? { timeout: true } : {}) });
    }
    if (settings.agent.thinkThenSay) {
      const split = splitThought(reply);
      reply = split.say;
      if (split.thought) thought = split.thought;
    }
    let step: Awaited<ReturnType<ChatEnv['step']>>;
    try {
      step = await env.step(reply);
    } catch (error) {
      return finish('error', { source: 'simulator', message: messageOf(error), turn });
    }
    const [next, , terminated, truncated, info] = step;
    // The reply as the user read it (the env cuts replies longer than maxReplyChars), then the user's answer.
    const seen = next[next.length - 2];
    history.push({ role: 'assistant', content: seen?.content ?? reply, ...(thought !== undefined ? { think: thought } : {}) });
    history.push({ role: 'user', content: lastContent(next), 'emotion-point': info.emotion, planning: planningOf(info) });
    observation = next;
    emotion = info.emotion;
    turn = info.turn;
    if (terminated || truncated) return finish(info.outcome ?? (truncated ? 'truncated' : 'goodbye'));
  }
}

function planningOf(info: ChatInfo): PlanningRecord {
  const appraisal = info.appraisal;
  return {
    change: appraisal?.change ?? info.change ?? 0,
    reasons: appraisal?.reasons ?? info.reasons ?? [],
    ...(appraisal?.analysis ? { analyse: appraisal.analysis } : {}),
    ...(appraisal?.clamped ? { clamped: true, ...(appraisal.proposedChange !== undefined ? { proposedChange: appraisal.proposedChange } : {}) } : {}),
  };
}

function lastContent(observation: ChatObservation): string {
  return observation[observation.length - 1]?.content ?? '';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The result row: SAGE's fields first (id, emo_point, emo_state, profile fields, history), then this project's. */
function buildRow(task: DialogueTask, settings: RunSettings, history: HistoryMessage[], emotion: number, turns: number, outcome: Outcome | 'error', error?: RowError): BenchResultRow {
  const persona = task.persona;
  const fromSage = persona.source === 'sage' || persona.source === 'rlver';
  return {
    id: persona.id,
    emo_point: emotion,
    emo_state: emotionStateLabel(emotionBand(emotion)),
    target: 'eq',
    ...(persona.profileText !== undefined ? { player: persona.profileText } : {}),
    ...(persona.sceneText !== undefined ? { scene: persona.sceneText } : {}),
    character: fromSage ? sageCharacterLabel(persona.characterType) : persona.characterType,
    topic: persona.topic,
    task: persona.hiddenNeedText ?? persona.hiddenNeed,
    history,
    repeat: task.repeat,
    seed: task.seed,
    outcome,
    turns,
    ...(error ? { error } : {}),
    persona,
    settings,
  };
}
