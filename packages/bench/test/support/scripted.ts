import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { deriveSeed, type Agent, type AgentCallOptions, type Appraisal, type ChatMessage, type DialogueState, type Persona, type UserSimulator, type UserUtterance } from '@rlver/env';
import type { BenchResultRow } from '@rlver/bench';

/**
 * A simulated user for bench tests whose judgement is written in the reply itself, so each test states the
 * dialogue it wants:
 * - `[+10]`, `[-5]`, ... : that change;
 * - `[bye]`: the user says goodbye after this reply;
 * - `[crash]`: the appraisal throws (a failing simulator);
 * - otherwise: a change in {-10, -5, 0, 5, 10} hashed from (episode seed, turn, reply), so that dialogues differ
 *   by seed and any change of seeding shows up in the results.
 * It echoes the reply it read, so tests can see what the user was shown.
 */
export class ReplyScriptedSimulator implements UserSimulator {
  readonly name = 'reply-scripted';

  async open(state: DialogueState): Promise<UserUtterance> {
    return { text: state.persona.firstMessage ?? `hello from ${state.persona.id}`, goodbye: false };
  }

  async appraise(state: DialogueState, reply: string): Promise<Appraisal> {
    if (reply.includes('[crash]')) throw new Error('simulator exploded on purpose');
    const scripted = /\[([+-]?\d+)\]/.exec(reply);
    const change = scripted ? Number(scripted[1]) : ([-10, -5, 0, 5, 10][deriveSeed(state.seed, state.turn, reply) % 5] as number);
    return { change, reasons: [{ cue: scripted ? 'scripted' : 'hashed', effect: change, detail: `turn ${state.turn}`, need: state.persona.hiddenNeed }], analysis: `analysis of turn ${state.turn}` };
  }

  async respond(state: DialogueState, reply: string, _appraisal: Appraisal, emotionAfter: number): Promise<UserUtterance> {
    return { text: `user ${state.turn + 1} read "${reply}" and feels ${emotionAfter}`, goodbye: reply.includes('[bye]') };
  }
}

/** A valid persona for bench tests (hand-written: does not depend on the persona generator). */
export function persona(id: string, overrides: Partial<Persona> = {}): Persona {
  return {
    id,
    source: 'custom',
    language: 'en',
    name: `User ${id}`,
    characterType: 'passive',
    traits: [],
    hiddenNeed: 'deep-empathy',
    topic: `topic of ${id}`,
    background: `Something happened to ${id}.`,
    others: [],
    revelations: [],
    keywords: [],
    firstMessage: `I am ${id}.`,
    ...overrides,
  };
}

/** Personas p0..p(n-1) with needs and character types spread over the lists. */
export function personas(n: number): Persona[] {
  const needs = ['deep-empathy', 'practical-advice', 'specific-praise', 'others-motives'] as const;
  const types = ['negative', 'passive', 'avoidant'] as const;
  return Array.from({ length: n }, (_, i) => persona(`p${i}`, { hiddenNeed: needs[i % needs.length], characterType: types[i % types.length] }));
}

/**
 * An agent whose reply is chosen by a function of the opening message (so per profile) and whose default reply
 * depends on the call's seed. Counts its calls.
 */
export class ScriptAgent implements Agent {
  readonly name = 'script-agent';
  calls = 0;

  constructor(private readonly script: (opening: string, turn: number, options: AgentCallOptions) => Promise<string> | string = defaultScript) {}

  async respond(messages: readonly ChatMessage[], options: AgentCallOptions = {}): Promise<string> {
    this.calls += 1;
    const opening = messages[0]?.content ?? '';
    const turn = (messages.length - 1) / 2;
    return this.script(opening, turn, options);
  }
}

function defaultScript(_opening: string, turn: number, options: AgentCallOptions): string {
  return `reply ${turn} with seed ${options.seed}`;
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'rlver-bench-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** The rows of a results file, parsed, sorted by (id, repeat): the canonical form for equality checks. */
export function sortedRows(file: string): BenchResultRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as BenchResultRow)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.repeat - b.repeat));
}
