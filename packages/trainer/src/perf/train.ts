/**
 * Benchmark of the trainer (`npm run perf`, after `npx tsc -b`):
 * 1. end-to-end training throughput, env steps per second (rollout through the vector env with the rule
 *    simulator and the template realizer, plus optimisation), for PPO and GRPO with the default config, over a
 *    short run and over the whole training runs of part 2;
 * 2. the comparison issue 5 asks for: on held-out personas with the rule simulator (vanilla), English and
 *    Chinese, the mean final emotion of the PPO- and GRPO-trained policies against the random policy and the
 *    best fixed strategy, with training time and env steps.
 *
 * Part 2 trains for real: `RLVER_PERF_TRAIN_MINUTES` (default 10) per algorithm. `RLVER_PERF_QUICK=1` runs part 1
 * only. One JSON line per figure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { machineContext, printFigure } from '@rlver/env';
import { loadCheckpointAgent } from '../agent/load-checkpoint-agent';
import { resolveConfig } from '../config/load-config';
import type { TrainConfig } from '../config/types';
import { bestFixed, evaluateBaselines, type BaselineResults } from '../evaluation/baselines';
import { evaluateAgent } from '../evaluation/evaluate-agent';
import { personaPool } from '../personas/pools';
import { evaluationOptions } from '../training/setup';
import { train } from '../training/train';

const context = machineContext();
const quiet = { log: () => undefined, progress: false } as const;

async function throughput(algorithm: 'ppo' | 'grpo'): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), `rlver-perf-${algorithm}-`));
  try {
    const updates = algorithm === 'ppo' ? 21 : 16;
    const rows: Array<{ steps: number; seconds: number; rollout: number; optimise: number }> = [];
    const result = await train(resolveConfig({ algorithm, outDir: dir, totalUpdates: updates, checkpointEvery: updates }), {
      ...quiet,
      skipFinalEvaluation: true,
      onUpdate: (row) => rows.push({ steps: row.envSteps, seconds: row.updateSeconds, rollout: row.rolloutSeconds, optimise: row.optimiseSeconds }),
    });
    // The first update pays one-time costs (kernel compilation, caches): measure the rest.
    const measured = rows.slice(1);
    const seconds = measured.reduce((s, r) => s + r.seconds, 0);
    const steps = result.envSteps - rows[0]!.steps;
    printFigure({
      name: `trainer.${algorithm}.env_steps_per_second`,
      value: Number((steps / seconds).toFixed(1)),
      unit: 'steps/s',
      backend: result.backend,
      updates: measured.length,
      envSteps: steps,
      rolloutShare: Number((measured.reduce((s, r) => s + r.rollout, 0) / seconds).toFixed(3)),
      ...context,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function mustShow(algorithm: 'ppo' | 'grpo', minutes: number, baselinesOf: (config: TrainConfig) => Promise<BaselineResults>): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), `rlver-perf-must-${algorithm}-`));
  try {
    const config = resolveConfig({ algorithm, outDir: dir, maxMinutes: minutes });
    const baselines = await baselinesOf(config);
    const trained = await train(config, { ...quiet, skipFinalEvaluation: true });
    printFigure({
      name: `trainer.${algorithm}.training_env_steps_per_second`,
      value: Number((trained.envSteps / trained.trainSeconds).toFixed(1)),
      unit: 'steps/s',
      note: 'whole training run: rollouts, optimisation, metrics and checkpoints',
      envSteps: trained.envSteps,
      trainSeconds: Number(trained.trainSeconds.toFixed(1)),
      updates: trained.updates,
      backend: trained.backend,
      ...context,
    });
    const agent = await loadCheckpointAgent(trained.checkpointDir, { log: () => undefined });
    const heldOut = personaPool(config.evaluation.personas);
    const summary = (await evaluateAgent(agent, heldOut, evaluationOptions(config))).summary;
    for (const language of [...Object.keys(summary.byLanguage).sort(), 'all']) {
      const pick = (s: { meanEmotion: number; byLanguage: Readonly<Record<string, { meanEmotion: number }>> }) => (language === 'all' ? s.meanEmotion : s.byLanguage[language]!.meanEmotion);
      const best = language === 'all' ? bestFixed(baselines.fixed) : bestFixed(baselines.fixed, language);
      const value = pick(summary);
      const random = pick(baselines.random);
      const fixed = pick(best);
      printFigure({
        name: `trainer.${algorithm}.heldout_mean_final_emotion`,
        value: Number(value.toFixed(2)),
        unit: 'emotion (0-100)',
        language,
        random: Number(random.toFixed(2)),
        bestFixed: Number(fixed.toFixed(2)),
        bestFixedStrategy: best.agent,
        overRandom: Number((value - random).toFixed(2)),
        overBestFixed: Number((value - fixed).toFixed(2)),
        meetsTarget: value >= random + 15 && value >= fixed + 5,
        heldOutPersonas: language === 'all' ? summary.episodes : summary.byLanguage[language]!.episodes,
        simulator: `${config.env.simulator}/${config.env.difficulty}`,
        trainSeconds: Number(trained.trainSeconds.toFixed(1)),
        envSteps: trained.envSteps,
        updates: trained.updates,
        backend: trained.backend,
        ...context,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function mainBenchmark(): Promise<void> {
  await throughput('ppo');
  await throughput('grpo');
  if (process.env.RLVER_PERF_QUICK === '1') return;
  const minutes = Number(process.env.RLVER_PERF_TRAIN_MINUTES ?? 10);
  let cached: BaselineResults | undefined;
  // Both algorithms are compared on the same held-out personas and seeds: evaluate the baselines once.
  const baselinesOf = async (config: TrainConfig) =>
    (cached ??= await evaluateBaselines(personaPool(config.evaluation.personas), evaluationOptions(config)));
  await mustShow('ppo', minutes, baselinesOf);
  await mustShow('grpo', minutes, baselinesOf);
}

mainBenchmark().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
