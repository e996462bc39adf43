import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { InvalidOptionError, Rng, appendJsonl, deriveSeed, readJsonl, writeFileAtomic, writeJsonAtomic, type ChatObservation, type Persona } from '@rlver/env';
import { Grpo } from '../algorithms/grpo';
import { Ppo, type UpdateResult } from '../algorithms/ppo';
import { selectBackend, type BackendSelection } from '../backend/select-backend';
import type { TrainConfig } from '../config/types';
import { PolicyAgent } from '../agent/policy-agent';
import type { Policy } from '../policies/types';
import type { Realizer } from '../realizers/types';
import { evaluateAgent, type EvaluationSummary } from '../evaluation/evaluate-agent';
import { assertDisjointPools, personaPool } from '../personas/pools';
import { CHECKPOINTS_DIR, resolveCheckpointDir, restoreCheckpoint, saveCheckpoint, type TrainingState } from './checkpoint';
import { learningCurveSvg, movingAverage } from './learning-curve';
import { summarizeEpisodes, type MetricsRow } from './metrics';
import { createProgress } from './progress';
import { buildRun, evaluationOptions, sanitizeConfig, type RunParts } from './setup';

/** File names inside a run directory. */
export const RUN_FILES = { config: 'config.json', metrics: 'metrics.jsonl', curve: 'learning-curve.svg', evaluation: 'evaluation.json' } as const;

/** Options of {@link train}. */
export interface TrainOptions {
  /** Continue the run in `config.outDir` from its latest checkpoint instead of starting a new one. */
  readonly resume?: boolean;
  /** One-line messages (backend, checkpoints, evaluation); default `console.error`. */
  readonly log?: (message: string) => void;
  /** Show the progress bar (default: when stderr is a TTY). */
  readonly progress?: boolean;
  /** Called after each update with its metrics row. */
  readonly onUpdate?: (row: MetricsRow) => void;
  /** Skip the held-out evaluation at the end (the quickstart runs its own). */
  readonly skipFinalEvaluation?: boolean;
  /**
   * Stop early: once aborted, training ends after the update in progress, with a checkpoint, and `train`
   * returns normally (the run can be resumed). The CLI aborts on SIGINT/SIGTERM.
   */
  readonly signal?: AbortSignal;
}

/** What a finished (or time-limited) run did. */
export interface TrainResult {
  readonly outDir: string;
  readonly updates: number;
  readonly envSteps: number;
  readonly episodes: number;
  /** Training wall time, summed over resumed sessions, evaluation excluded. */
  readonly trainSeconds: number;
  readonly checkpointDir: string;
  readonly backend: string;
  readonly lastRow: MetricsRow | undefined;
  /** Held-out evaluation of the final policy. */
  readonly evaluation: EvaluationSummary | undefined;
}

/**
 * Train a strategy policy on `RLVER/EmpatheticChat-v0` with PPO or GRPO, as the config says. Writes to
 * `config.outDir`: `config.json`, `metrics.jsonl` (one row per update), `learning-curve.svg`, checkpoints
 * (atomic; `--resume` continues from the latest with the same results as an uninterrupted run on the same
 * backend) and `evaluation.json` (held-out personas).
 */
export async function train(config: TrainConfig, options: TrainOptions = {}): Promise<TrainResult> {
  const log = options.log ?? ((message: string) => console.error(message));
  const backend = await selectBackend(config.backend, { log });

  const trainPersonas = personaPool(config.env.personas);
  const heldOut = personaPool(config.evaluation.personas);
  assertDisjointPools(config.env.personas, config.evaluation.personas, trainPersonas, heldOut);
  const parts = buildRun(config, trainPersonas);
  try {
    return await runTraining(config, options, { parts, heldOut, backend, log });
  } finally {
    await parts.vec.close();
    await parts.realizer.close?.();
    parts.policy.dispose();
    parts.reference?.dispose();
  }
}

/** The training loop of {@link train}, on built parts (closed by the caller). */
async function runTraining(
  config: TrainConfig,
  options: TrainOptions,
  run: { parts: RunParts; heldOut: readonly Persona[]; backend: BackendSelection; log: (message: string) => void },
): Promise<TrainResult> {
  const { parts, heldOut, log } = run;
  const tfBackend = run.backend.tfBackend;
  const outDir = path.resolve(config.outDir);
  const { vec, policy, reference, optimizer, decode } = parts;

  let state: TrainingState = { update: 0, envSteps: 0, episodes: 0, elapsedSeconds: 0, rng: new Rng(deriveSeed(config.seed, 'train')).state() };
  if (options.resume) {
    const checkpointDir = await resolveCheckpointDir(outDir);
    const meta = await restoreCheckpoint(checkpointDir, { policy, reference, optimizer });
    if (meta.backend !== tfBackend) log(`[rlver-train] note: the checkpoint was written on the ${meta.backend} backend, resuming on ${tfBackend}: results may differ in the last digits`);
    state = meta.state;
    await truncateMetrics(path.join(outDir, RUN_FILES.metrics), state.update);
    log(`[rlver-train] resumed ${outDir} at update ${state.update} (${state.envSteps} env steps)`);
  } else {
    if (existsSync(path.join(outDir, CHECKPOINTS_DIR))) {
      throw new InvalidOptionError('outDir', outDir, 'a directory without a previous run (pass --resume to continue it, or choose another --out)');
    }
    await fs.mkdir(outDir, { recursive: true });
    await writeJsonAtomic(path.join(outDir, RUN_FILES.config), sanitizeConfig(config));
    await fs.rm(path.join(outDir, RUN_FILES.metrics), { force: true });
  }

  const rng = Rng.fromState(state.rng);
  const algorithm = config.algorithm === 'ppo' ? new Ppo(policy, optimizer, config.ppo, reference) : new Grpo(policy, optimizer, config.grpo, reference);
  const rows: MetricsRow[] = options.resume ? await readRows(path.join(outDir, RUN_FILES.metrics)) : [];
  const progress = createProgress(config.totalUpdates, state.update, options.progress === undefined ? {} : { enabled: options.progress });
  const sessionStart = performance.now();
  const startElapsed = state.elapsedSeconds;
  let checkpointDir = '';
  let lastRow: MetricsRow | undefined = rows[rows.length - 1];

  try {
    while (state.update < config.totalUpdates) {
      const update = state.update;
      const started = performance.now();
      let result: UpdateResult;
      if (algorithm instanceof Ppo) {
        const seeds = Array.from({ length: config.env.numEnvs }, (_, i) => deriveSeed(config.seed, 'rollout', update, i));
        result = await algorithm.update({ vec, decode, rng, seeds, update, totalUpdates: config.totalUpdates });
      } else {
        const seeds = Array.from({ length: config.grpo.groupsPerUpdate }, (_, g) => deriveSeed(config.seed, 'group', update, g));
        result = await algorithm.update({ vec, decode, rng, seeds, update, totalUpdates: config.totalUpdates, maxEpisodeSteps: config.env.maxTurns + 1 });
      }
      const updateSeconds = (performance.now() - started) / 1000;
      state = {
        update: update + 1,
        envSteps: state.envSteps + result.envSteps,
        episodes: state.episodes + result.episodes.length,
        elapsedSeconds: startElapsed + (performance.now() - sessionStart) / 1000,
        rng: rng.state(),
      };
      const row: MetricsRow = {
        update: state.update,
        envSteps: state.envSteps,
        episodes: state.episodes,
        updateEpisodes: result.episodes.length,
        ...summarizeEpisodes(result.episodes),
        stats: result.stats,
        stepsPerSecond: result.envSteps / updateSeconds,
        updateSeconds,
        rolloutSeconds: result.seconds.rollout,
        optimiseSeconds: result.seconds.optimise,
        elapsedSeconds: state.elapsedSeconds,
      };
      rows.push(row);
      lastRow = row;
      await appendJsonl(path.join(outDir, RUN_FILES.metrics), [row]);
      await writeFileAtomic(path.join(outDir, RUN_FILES.curve), curveOf(rows, config));
      options.onUpdate?.(row);
      progress.update(state.update, { emotion: row.meanFinalEmotion === null ? '-' : row.meanFinalEmotion.toFixed(1), steps: state.envSteps });

      const outOfTime = config.maxMinutes !== null && (performance.now() - sessionStart) / 60000 >= config.maxMinutes;
      const stopped = options.signal?.aborted === true;
      const last = state.update === config.totalUpdates || outOfTime || stopped;
      if (state.update % config.checkpointEvery === 0 || last) {
        checkpointDir = await saveCheckpoint(outDir, { policy, reference, optimizer, state, config: sanitizeConfig(config), backend: tfBackend }, config.keepCheckpoints);
      }
      if (config.evaluation.every > 0 && state.update % config.evaluation.every === 0 && !last) {
        const evaluation = await evaluatePolicy(parts.policy, parts.realizer, heldOut, config);
        log(`[rlver-train] update ${state.update}: held-out mean emotion ${evaluation.meanEmotion.toFixed(1)}`);
      }
      if ((outOfTime || stopped) && state.update < config.totalUpdates) {
        log(`[rlver-train] stopping after update ${state.update}: ${stopped ? 'interrupted' : `the ${config.maxMinutes}-minute budget is spent`} (continue with --resume ${outDir})`);
        break;
      }
    }
  } finally {
    progress.stop();
  }
  if (!checkpointDir) checkpointDir = await resolveCheckpointDir(outDir);

  let evaluation: EvaluationSummary | undefined;
  if (!options.skipFinalEvaluation) {
    evaluation = await evaluatePolicy(policy, parts.realizer, heldOut, config);
    await writeJsonAtomic(path.join(outDir, RUN_FILES.evaluation), { update: state.update, checkpoint: path.relative(outDir, checkpointDir), summary: evaluation });
    log(`[rlver-train] held-out evaluation (${evaluation.episodes} personas): mean final emotion ${evaluation.meanEmotion.toFixed(1)}`);
  }
  return {
    outDir,
    updates: state.update,
    envSteps: state.envSteps,
    episodes: state.episodes,
    trainSeconds: state.elapsedSeconds,
    checkpointDir,
    backend: run.backend.backend,
    lastRow,
    evaluation,
  };
}

/** Evaluate a policy greedily (or sampled, as configured) on held-out personas. */
export async function evaluatePolicy(policy: Policy<ChatObservation>, realizer: Realizer, personas: readonly Persona[], config: TrainConfig): Promise<EvaluationSummary> {
  const agent = new PolicyAgent(policy, realizer, { name: `${config.algorithm}-policy`, greedy: config.evaluation.greedy, seed: config.seed });
  const { summary } = await evaluateAgent(agent, personas, evaluationOptions(config));
  return summary;
}

/** Keep only the metrics rows up to `update` (rows written after the checkpoint are replayed on resume). */
async function truncateMetrics(file: string, update: number): Promise<void> {
  if (!existsSync(file)) return;
  const kept = (await readRows(file)).filter((row) => row.update <= update);
  await writeFileAtomic(file, kept.map((row) => `${JSON.stringify(row)}\n`).join(''));
}

async function readRows(file: string): Promise<MetricsRow[]> {
  if (!existsSync(file)) return [];
  return (await readJsonl(file, { tolerateTornTail: true })).map((row) => row.value as MetricsRow);
}

function curveOf(rows: readonly MetricsRow[], config: TrainConfig): string {
  const emotion = rows.map((r) => [r.envSteps, r.meanFinalEmotion] as const);
  const success = rows.map((r) => [r.envSteps, r.successRate === null ? null : 100 * r.successRate] as const);
  return learningCurveSvg(
    [
      { label: 'mean final emotion', color: '#9ecae1', points: emotion },
      { label: 'moving average (10)', color: '#08519c', points: movingAverage(emotion, 10) },
      { label: 'success rate (%)', color: '#31a354', points: movingAverage(success, 10) },
    ],
    { title: `${config.algorithm.toUpperCase()} on RLVER/EmpatheticChat-v0 (${config.env.simulator}, ${config.env.difficulty})`, xLabel: 'env steps', yLabel: 'final emotion (0-100)', yRange: [0, 100] },
  );
}
