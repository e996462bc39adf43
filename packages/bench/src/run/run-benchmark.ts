import { existsSync } from 'node:fs';
import * as path from 'node:path';
import pLimit from 'p-limit';
import {
  appendJsonl,
  createSimulator,
  DEFAULT_MAX_REPLY_CHARS,
  DIFFICULTIES,
  EMOTION_FAILURE_BELOW,
  EMOTION_MAX,
  InvalidOptionError,
  isSimulator,
  LANGUAGES,
  make,
  MAX_EMOTION_CHANGE,
  type Agent,
  type Difficulty,
  type Language,
  type UserSimulator,
} from '@rlver/env';
import { publicLlmSettings } from '../agents/llm-settings';
import { createAgent, type CreateAgentOptions } from '../agents/spec';
import { appraisedRepliesForRounds, BENCH_ENV_ID, SAGE_INITIAL_EMOTION, SAGE_ROUNDS } from '../protocol';
import { dialogueKey, effectiveRows, readResultRows, RESULTS_FILE } from '../results/read';
import type { BenchResultRow, RunSettings } from '../results/types';
import { scoreRows, type ScoreSummary } from '../score/score';
import { runDialogue, type ChatEnv } from './dialogue';
import { planDialogues, type Shard } from './plan';
import { resolveProfiles, type ProfilesSource } from './profiles';
import { readExistingResults } from './resume';
import { benchVersion, packageVersion } from './settings';

/** Default time limit of one agent reply. */
export const DEFAULT_AGENT_TIMEOUT_MS = 120_000;

/** Options of {@link runBenchmark}. Everything but `agent`, `profiles` and `out` has the SAGE default. */
export interface RunBenchmarkOptions {
  /** An agent spec (`openai:MODEL`, `http:URL`, `module:PATH`, `builtin:NAME`, `checkpoint:DIR`) or an agent object. */
  readonly agent: string | Agent;
  /** How spec agents are built (endpoint, headers, ...). */
  readonly agentOptions?: CreateAgentOptions;
  /** Profiles: a JSONL file (this project's, SAGE or RLVER format), `"generated"`, or personas. */
  readonly profiles: ProfilesSource;
  /** Run directory; rows are appended to `out/results.jsonl`. */
  readonly out: string;
  /** The simulated user: `"rule"` (default), `"llm"` (options in `llm`), or a simulator object. */
  readonly simulator?: 'rule' | 'llm' | UserSimulator;
  /** Options of the LLM simulated user (model, endpoint, ...), when `simulator` is `"llm"`. */
  readonly llm?: Readonly<Record<string, unknown>>;
  /** Public facts about a simulator object or the LLM options to record in the settings (never credentials). */
  readonly simulatorSettings?: Readonly<Record<string, unknown>>;
  /** SAGE rounds counting the preset first message (default 10: at most 9 appraised replies). */
  readonly rounds?: number;
  /** Initial emotion (default 40). */
  readonly initialEmotion?: number;
  readonly difficulty?: Difficulty;
  /** Language of generated profiles (default "en"). */
  readonly language?: Language;
  /** Number of generated profiles (default 100). */
  readonly count?: number;
  /** Run seed (default 0): dialogue seeds derive from (seed, profile id, repeat); generated profiles from it too. */
  readonly seed?: number;
  /** Dialogues per profile with different seeds (default 1). */
  readonly repeats?: number;
  /** Dialogues in flight at once (default 1). Results do not depend on it. */
  readonly workers?: number;
  /** Run only this shard of the profiles. */
  readonly shard?: Shard;
  /** Remove `<think>...</think>` from the agent's replies before the user reads them (kept in the row as `think`). */
  readonly thinkThenSay?: boolean;
  /** Time limit of one agent reply in ms (default 120000; 0: none). */
  readonly agentTimeoutMs?: number;
  /** Run again the dialogues whose rows are error rows (default false: error rows count as done). */
  readonly retryErrors?: boolean;
  /** Replies are cut to this many characters before the user reads them (default 4000, the env's). */
  readonly maxReplyChars?: number;
  /** Called after every finished dialogue. */
  readonly onProgress?: (progress: RunProgress) => void;
  /** Receives warnings (default: stderr). */
  readonly onWarning?: (message: string) => void;
}

/** Progress of a run. */
export interface RunProgress {
  /** Dialogues of this run (this shard), finished ones included. */
  readonly total: number;
  /** Dialogues finished, those found in the directory at start included. */
  readonly done: number;
  /** Error rows written by this run so far. */
  readonly errors: number;
  /** The row just written. */
  readonly row?: BenchResultRow;
}

/** What {@link runBenchmark} did. */
export interface RunSummary {
  /** The results file. */
  readonly file: string;
  readonly settings: RunSettings;
  /** Dialogues of this run (this shard). */
  readonly total: number;
  /** Dialogues skipped because the directory already had them. */
  readonly skipped: number;
  /** Dialogues run now. */
  readonly ran: number;
  /** Error rows among those run now. */
  readonly errors: number;
  /** Scores over every row of the results file (all shards that wrote to it). */
  readonly score: ScoreSummary;
}

/**
 * Run an agent through the SAGE protocol: every profile (of the shard) `repeats` times, `workers` dialogues at a
 * time, each in its own `RLVER/EmpatheticChat-v0` episode, one JSON row per dialogue appended to
 * `out/results.jsonl` as soon as it finishes.
 *
 * Resumable: dialogues already in the file are skipped, a torn last line from a killed run is removed, and a file
 * written with other settings is refused. Deterministic: a dialogue's seed depends only on (seed, profile id,
 * repeat), so results are the same for any `workers`, any sharding and any interruption (rows may be in another
 * order in the file).
 */
export async function runBenchmark(options: RunBenchmarkOptions): Promise<RunSummary> {
  const warn = options.onWarning ?? ((message: string) => process.stderr.write(`warning: ${message}\n`));
  const rounds = intOption('rounds', options.rounds ?? SAGE_ROUNDS, 2, 1001);
  const initialEmotion = intOption('initialEmotion', options.initialEmotion ?? SAGE_INITIAL_EMOTION, EMOTION_FAILURE_BELOW, EMOTION_MAX - 1);
  const seed = intOption('seed', options.seed ?? 0, 0, 2 ** 32 - 1);
  const repeats = intOption('repeats', options.repeats ?? 1, 1, 1000);
  const workers = intOption('workers', options.workers ?? 1, 1, 1024);
  const agentTimeoutMs = intOption('agentTimeoutMs', options.agentTimeoutMs ?? DEFAULT_AGENT_TIMEOUT_MS, 0, 2 ** 31 - 1);
  const maxReplyChars = intOption('maxReplyChars', options.maxReplyChars ?? DEFAULT_MAX_REPLY_CHARS, 1, 1_000_000);
  const difficulty = options.difficulty ?? 'vanilla';
  if (!DIFFICULTIES.includes(difficulty)) throw new InvalidOptionError('difficulty', difficulty, `one of ${DIFFICULTIES.join(', ')}`);
  const language = options.language ?? 'en';
  if (!LANGUAGES.includes(language)) throw new InvalidOptionError('language', language, `one of ${LANGUAGES.join(', ')}`);
  if (typeof options.out !== 'string' || options.out.length === 0) throw new InvalidOptionError('out', options.out, 'a directory path');

  const profiles = await resolveProfiles(options.profiles, { language, seed, count: options.count ?? 100 });
  const maxTurns = appraisedRepliesForRounds(rounds);
  const simulatorSpec = options.simulator ?? 'rule';
  const ownsSimulator = !isSimulator(simulatorSpec);
  if (ownsSimulator && simulatorSpec !== 'rule' && simulatorSpec !== 'llm') throw new InvalidOptionError('simulator', simulatorSpec, '"rule", "llm" or a simulator object');
  const thinkThenSay = options.thinkThenSay ?? false;
  // Under think-then-say an openai: agent is also asked to think first (its thought comes back in <think> tags).
  const agentOptions: CreateAgentOptions = { ...options.agentOptions, openai: { ...options.agentOptions?.openai, ...(thinkThenSay ? { thinkThenSay } : {}) } };
  const created = typeof options.agent === 'string' ? await createAgent(options.agent, agentOptions) : undefined;
  const agent: Agent = created?.agent ?? (options.agent as Agent);
  // What the run creates is closed in the finally below; a simulator object belongs to the caller.
  let createdSimulator: UserSimulator | undefined;
  const envs: ChatEnv[] = [];
  try {
    // One simulator for every env of the run, so an LLM simulator's connection and concurrency limit are shared.
    const simulator = isSimulator(simulatorSpec) ? simulatorSpec : (createdSimulator = createSimulator(simulatorSpec, options.llm ? { ...options.llm } : undefined));
    const simulatorOptions = options.simulatorSettings
      ? { ...options.simulatorSettings }
      : simulatorSpec === 'llm' && options.llm
        ? publicLlmSettings(options.llm, 'llm')
        : undefined;
    const settings: RunSettings = {
      env: BENCH_ENV_ID,
      protocol: { rounds, maxAgentReplies: maxTurns, initialEmotion, successAt: EMOTION_MAX, failureBelow: EMOTION_FAILURE_BELOW, maxChange: MAX_EMOTION_CHANGE, maxReplyChars },
      simulator: {
        kind: isSimulator(simulatorSpec) ? 'custom' : simulatorSpec,
        name: simulator.name,
        difficulty,
        ...(simulatorOptions ? { options: simulatorOptions } : {}),
      },
      agent: {
        spec: created?.spec.spec ?? `object:${agent.name}`,
        name: agent.name,
        thinkThenSay,
        timeoutMs: agentTimeoutMs,
        ...(created && Object.keys(created.options).length > 0 ? { options: created.options } : {}),
      },
      profiles: profiles.settings,
      seed,
      repeats,
      versions: {
        '@rlver/env': packageVersion('@rlver/env'),
        '@rlver/bench': benchVersion(),
        // The packages that shape the replies and judgements beyond env and bench, when they take part.
        ...(created?.spec.kind === 'checkpoint' ? { '@rlver/trainer': packageVersion('@rlver/trainer') } : {}),
        ...(created?.spec.kind === 'openai' || simulatorSpec === 'llm' ? { openai: packageVersion('openai') } : {}),
      },
    };

    const file = path.join(options.out, RESULTS_FILE);
    const existing = await readExistingResults(file, settings, options.retryErrors ?? false, warn);
    if (existing.retried > 0) warn(`${file}: running ${existing.retried} dialogue(s) again that ended in an error`);
    const tasks = planDialogues(profiles.personas, seed, repeats, options.shard);
    const pending = tasks.filter((task) => !existing.done.has(dialogueKey(task.persona.id, task.repeat)));
    const total = tasks.length;
    let done = total - pending.length;
    let errors = 0;
    options.onProgress?.({ total, done, errors });

    const free: ChatEnv[] = [];
    const acquire = (): ChatEnv => {
      const env = free.pop();
      if (env) return env;
      const fresh = make(BENCH_ENV_ID, { simulator, difficulty, personas: profiles.personas, maxTurns, initialEmotion, maxReplyChars, language }) as ChatEnv;
      envs.push(fresh);
      return fresh;
    };
    const limit = pLimit(workers);
    const stopOnFailure = (error: unknown): never => {
      // A row that cannot be written (disk full, directory removed) stops the run: nothing more is started.
      limit.clearQueue();
      throw error;
    };
    await Promise.all(
      pending.map((task) =>
        limit(async () => {
          const env = acquire();
          try {
            const row = await runDialogue(env, task, { agent, settings });
            // Appended as soon as it is finished: a killed run loses only the dialogues in flight.
            await appendJsonl(file, [row]);
            done += 1;
            if (row.error) errors += 1;
            options.onProgress?.({ total, done, errors, row });
          } finally {
            free.push(env);
          }
        }).catch(stopOnFailure),
      ),
    );

    const rows = existsSync(file) ? effectiveRows(await readResultRows(file)) : [];
    return { file, settings, total, skipped: total - pending.length, ran: pending.length, errors, score: scoreRows(rows.map((r) => r.row)) };
  } finally {
    await Promise.all(envs.map((env) => env.close()));
    await createdSimulator?.close?.();
    // Only agents built here are closed; an agent object belongs to the caller.
    if (created) await agent.close?.();
  }
}

function intOption(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw new InvalidOptionError(name, value, `an integer from ${min} to ${max}`);
  return value;
}
