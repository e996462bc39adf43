/**
 * A behavioural fingerprint of the rule simulated user: a SHA-256 over everything a fixed set of episodes
 * produces (personas, observations, rewards, flags, and every `info` with its full appraisal). Performance
 * work on the appraisal, the voice, the persona generator or the env's hot path must leave it unchanged: the
 * same fingerprint before and after a change means every appraisal and every utterance stayed bit-identical.
 *
 * It is a tool to run (`fingerprint/main.ts`), not a test with a stored hash: a hash produced by the code under
 * test proves nothing by itself, only the comparison of two runs across a change does. What it can check by
 * itself is that caches do not leak between dialogues: {@link ruleFingerprint} plays every group twice, the
 * second time in reverse order with every cache warm, and reports whether each group's hash came out the same.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { builtinAgent, BUILTIN_AGENT_NAMES } from '../../../agents/builtins/registry';
import type { Agent } from '../../../agents/types';
import { EmpatheticChatEnv } from '../../../chat/empathetic-chat-env';
import type { ChatMessage, Language } from '../../../chat/messages';
import { loadPersonasSync } from '../../../personas/loaders';
import type { Persona } from '../../../personas/types';
import { SAMPLE_REPLIES } from '../../../perf/sample-replies';
import { DIFFICULTIES, type Difficulty } from '../../types';

/** Where a group's personas come from. */
export type FingerprintPersonas = 'generated' | 'sage' | 'rlver';

/** One group of episodes: the same agent on consecutive seeds. */
export interface FingerprintGroup {
  readonly language: Language;
  readonly difficulty: Difficulty;
  readonly personas: FingerprintPersonas;
  /** A built-in agent name, `sample-replies`, `fresh-sample-replies` or `recorded`. */
  readonly agent: string;
  readonly episodes: number;
}

/** The hash of one group. */
export interface GroupFingerprint extends FingerprintGroup {
  readonly steps: number;
  readonly sha256: string;
}

/** Result of {@link ruleFingerprint}. */
export interface RuleFingerprint {
  /** SHA-256 over the groups' hashes, in order. */
  readonly sha256: string;
  readonly episodes: number;
  readonly steps: number;
  readonly groups: readonly GroupFingerprint[];
  /** Groups whose second, warm-cache, reverse-order run hashed differently (should be empty). */
  readonly orderDependent: readonly string[];
}

/** Options of {@link ruleFingerprint}. */
export interface RuleFingerprintOptions {
  /** Episodes per main group (need-aware, random, generic-polite, sample replies); default 25. */
  readonly episodes?: number;
  /** shared/data directory: adds groups on the SAGE and RLVER profiles and the recorded SAGE agent replies. */
  readonly dataDir?: string;
}

/** Agents every configuration plays with the full episode count (the ones the brief names). */
const MAIN_AGENTS = ['need-aware', 'random', 'generic-polite', 'sample-replies'] as const;

/** The fixed episode set. */
export function fingerprintGroups(options: RuleFingerprintOptions = {}): FingerprintGroup[] {
  const episodes = options.episodes ?? 25;
  const few = Math.max(1, Math.round(episodes / 5));
  const others = BUILTIN_AGENT_NAMES.filter((name) => !(MAIN_AGENTS as readonly string[]).includes(name));
  const groups: FingerprintGroup[] = [];
  for (const language of ['en', 'zh'] as const) {
    for (const difficulty of DIFFICULTIES) {
      const base = { language, difficulty, personas: 'generated' as const };
      for (const agent of MAIN_AGENTS) groups.push({ ...base, agent, episodes });
      // Replies never seen before, as in training: nothing comes from the text caches.
      groups.push({ ...base, agent: 'fresh-sample-replies', episodes: few * 2 });
      for (const agent of others) groups.push({ ...base, agent, episodes: few });
    }
  }
  if (options.dataDir) {
    for (const difficulty of DIFFICULTIES) {
      for (const agent of ['need-aware', 'recorded', 'sample-replies']) groups.push({ language: 'zh', difficulty, personas: 'sage', agent, episodes: 100 });
      groups.push({ language: 'zh', difficulty, personas: 'rlver', agent: 'need-aware', episodes: 100 });
    }
  }
  return groups;
}

/** The name of a group in reports. */
export function groupName(group: FingerprintGroup): string {
  return `${group.personas}/${group.language}/${group.difficulty}/${group.agent}`;
}

/**
 * Play the fixed episode set with the rule simulator and hash everything it produced; then play it again in
 * reverse group order (caches warm) and list the groups whose hash changed.
 */
export async function ruleFingerprint(options: RuleFingerprintOptions = {}): Promise<RuleFingerprint> {
  const groups = fingerprintGroups(options);
  const data = options.dataDir ? loadData(options.dataDir) : undefined;
  const results: GroupFingerprint[] = [];
  for (const group of groups) results.push(await playGroup(group, data));
  const orderDependent: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const again = await playGroup(groups[i]!, data);
    if (again.sha256 !== results[i]!.sha256) orderDependent.push(groupName(groups[i]!));
  }
  const total = createHash('sha256');
  for (const r of results) total.update(`${groupName(r)} ${r.sha256}\n`);
  return {
    sha256: total.digest('hex'),
    episodes: results.reduce((n, r) => n + r.episodes, 0),
    steps: results.reduce((n, r) => n + r.steps, 0),
    groups: results,
    orderDependent,
  };
}

interface FingerprintData {
  readonly sage: readonly Persona[];
  readonly rlver: readonly Persona[];
  /** Recorded SAGE agent replies per profile id, one list per recorded run (in file name order). */
  readonly recorded: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
}

function loadData(dataDir: string): FingerprintData {
  const sage = loadPersonasSync(path.join(dataDir, 'sage', 'profiles.jsonl'));
  const rlver = loadPersonasSync(path.join(dataDir, 'rlver', 'train_profiles.jsonl'));
  const recorded = new Map<string, string[][]>();
  const dir = path.join(dataDir, 'sage', 'transcripts', 'deepseek-v3');
  if (existsSync(dir)) {
    for (const file of ['claude3.7.jsonl', 'gpt-4.1.jsonl', 'gpt-4o-0808.jsonl', 'qwen2.5-72b.jsonl']) {
      const full = path.join(dir, file);
      if (!existsSync(full)) continue;
      for (const line of readFileSync(full, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const row = JSON.parse(line) as { id: string; history: Array<{ role: string; content: string }> };
        const replies = row.history.filter((m) => m.role === 'assistant').map((m) => m.content);
        const list = recorded.get(row.id) ?? [];
        list.push(replies);
        recorded.set(row.id, list);
      }
    }
  }
  return { sage, rlver, recorded };
}

/** Play one group; hash every persona, observation, reward, flag and info. */
async function playGroup(group: FingerprintGroup, data: FingerprintData | undefined): Promise<GroupFingerprint> {
  const personas = group.personas === 'generated' ? 'generated' : data?.[group.personas];
  if (!personas) throw new Error(`fingerprint group ${groupName(group)} needs the shared data`);
  const env = new EmpatheticChatEnv({ language: group.language, difficulty: group.difficulty, personas });
  const hash = createHash('sha256');
  let steps = 0;
  try {
    for (let i = 0; i < group.episodes; i++) {
      const seed = 70_000 + i;
      const options = personas === 'generated' ? {} : { personaId: personas[i % personas.length]!.id };
      const [observation, info] = await env.reset({ seed, options });
      update(hash, { persona: env.persona, observation, info });
      const agent = agentFor(group.agent, i, env.persona!, data);
      let history: readonly ChatMessage[] = observation;
      for (let done = false; !done; ) {
        const reply = await agent.respond(history, { seed: i });
        const [next, reward, terminated, truncated, stepInfo] = await env.step(reply);
        update(hash, { observation: next, reward, terminated, truncated, info: stepInfo });
        history = next;
        done = terminated || truncated;
        steps++;
      }
    }
  } finally {
    await env.close();
  }
  return { ...group, steps, sha256: hash.digest('hex') };
}

function update(hash: Hash, value: unknown): void {
  hash.update(JSON.stringify(value));
  hash.update('\n');
}

/** The agent of a group for episode `i`. */
function agentFor(name: string, i: number, persona: Persona, data: FingerprintData | undefined): Agent {
  if (name === 'sample-replies' || name === 'fresh-sample-replies') {
    const replies = SAMPLE_REPLIES[persona.language];
    const fresh = name === 'fresh-sample-replies';
    return scripted(name, (turn) => {
      const reply = replies[(i + turn) % replies.length]!;
      return fresh ? `${reply} (${i}.${turn})` : reply;
    });
  }
  if (name === 'recorded') {
    const runs = data?.recorded.get(persona.id) ?? [];
    const replies = runs[i % Math.max(1, runs.length)] ?? [];
    // Past the end of the recording the agent falls back to the sample replies (recordings end earlier).
    return scripted(name, (turn) => replies[turn] ?? SAMPLE_REPLIES.zh[turn % SAMPLE_REPLIES.zh.length]!);
  }
  return builtinAgent(name, { seed: i });
}

/** An agent whose reply depends on the turn only. */
function scripted(name: string, replyAt: (turn: number) => string): Agent {
  return {
    name,
    async respond(messages) {
      let turn = 0;
      for (const m of messages) if (m.role === 'assistant') turn++;
      return replyAt(turn);
    },
  };
}
