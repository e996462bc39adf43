import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { STRATEGIES, writeFileAtomic, writeJsonAtomic } from '@rlver/env';
import { loadCheckpointAgent } from '../agent/load-checkpoint-agent';
import type { BackendChoice } from '../backend/select-backend';
import { resolveConfig } from '../config/load-config';
import type { TrainConfig, TrainConfigInput } from '../config/types';
import { evaluateAgent, type EvaluationSummary } from '../evaluation/evaluate-agent';
import { bestFixed, evaluateBaselines } from '../evaluation/baselines';
import { personaPool } from '../personas/pools';
import { evaluationOptions } from '../training/setup';
import { RUN_FILES, train } from '../training/train';
import { evaluationMarkdown, evaluationTable } from './table';

/** Options of {@link runQuickstart}. */
export interface QuickstartOptions {
  readonly outDir: string;
  /** Training wall-clock budget in minutes (default 10). */
  readonly minutes?: number;
  readonly algorithm?: 'ppo' | 'grpo';
  readonly seed?: number;
  readonly backend?: BackendChoice;
  /** Extra config layered over the quickstart's (tests shrink the run with it). */
  readonly overrides?: TrainConfigInput;
  readonly log?: (message: string) => void;
  readonly progress?: boolean;
}

/** What the quickstart measured. */
export interface QuickstartResult {
  /** Mean final emotion on the held-out personas (all languages). */
  readonly random: number;
  readonly bestFixed: number;
  readonly bestFixedStrategy: string;
  readonly trained: number;
  /** The same per language; `bestFixed` is the best fixed strategy of that language. */
  readonly byLanguage: Readonly<Record<string, { random: number; bestFixed: number; bestFixedStrategy: string; trained: number }>>;
  readonly trainSeconds: number;
  readonly envSteps: number;
  readonly updates: number;
  readonly table: string;
  readonly reportFile: string;
  readonly curveFile: string;
}

/**
 * The quickstart config: PPO (or GRPO) on the rule simulator, vanilla, English and Chinese generated personas,
 * sized to finish within the budget on 2 CPU cores.
 */
export function quickstartConfig(options: QuickstartOptions): TrainConfig {
  const minutes = options.minutes ?? 10;
  return resolveConfig(
    {
      algorithm: options.algorithm ?? 'ppo',
      seed: options.seed ?? 1,
      backend: options.backend ?? 'auto',
      outDir: options.outDir,
      maxMinutes: minutes,
    },
    options.overrides ?? {},
  );
}

/**
 * Evaluate the random policy and every fixed strategy on held-out personas, train, evaluate the trained policy
 * the same way, and write `report.md` and the learning curve into the run directory.
 */
export async function runQuickstart(options: QuickstartOptions): Promise<QuickstartResult> {
  const log = options.log ?? ((message: string) => console.error(message));
  const config = quickstartConfig(options);
  const outDir = path.resolve(config.outDir);
  await fs.rm(outDir, { recursive: true, force: true });

  const heldOut = personaPool(config.evaluation.personas);
  const evalOptions = evaluationOptions(config);
  log(`[quickstart] evaluating the random policy and ${STRATEGIES.length} fixed strategies on ${heldOut.length} held-out personas`);
  const baselines = await evaluateBaselines(heldOut, evalOptions);

  log(`[quickstart] training ${config.algorithm.toUpperCase()} for at most ${config.maxMinutes} minutes`);
  const trained = await train(config, { log, skipFinalEvaluation: true, ...(options.progress !== undefined && { progress: options.progress }) });
  const agent = await loadCheckpointAgent(trained.checkpointDir, { name: `trained (${config.algorithm})`, log: () => undefined });
  const trainedSummary = (await evaluateAgent(agent, heldOut, evalOptions)).summary;
  await agent.close?.();

  const languages = Object.keys(trainedSummary.byLanguage).sort();
  const best = bestFixed(baselines.fixed);
  const byLanguage: Record<string, { random: number; bestFixed: number; bestFixedStrategy: string; trained: number }> = {};
  for (const language of languages) {
    const bestHere = bestFixed(baselines.fixed, language);
    byLanguage[language] = {
      random: baselines.random.byLanguage[language]!.meanEmotion,
      bestFixed: bestHere.byLanguage[language]!.meanEmotion,
      bestFixedStrategy: bestHere.agent,
      trained: trainedSummary.byLanguage[language]!.meanEmotion,
    };
  }
  const all: EvaluationSummary[] = [baselines.random, ...baselines.fixed, trainedSummary];
  const table = evaluationTable(all, languages);
  const result: QuickstartResult = {
    random: baselines.random.meanEmotion,
    bestFixed: best.meanEmotion,
    bestFixedStrategy: best.agent,
    trained: trainedSummary.meanEmotion,
    byLanguage,
    trainSeconds: trained.trainSeconds,
    envSteps: trained.envSteps,
    updates: trained.updates,
    table,
    reportFile: path.join(outDir, 'report.md'),
    curveFile: path.join(outDir, RUN_FILES.curve),
  };
  await writeJsonAtomic(path.join(outDir, 'quickstart.json'), { ...result, summaries: all });
  await writeFileAtomic(result.reportFile, reportMarkdown(result, all, languages, config, trainedSummary));
  return result;
}

function reportMarkdown(result: QuickstartResult, summaries: readonly EvaluationSummary[], languages: readonly string[], config: TrainConfig, trained: EvaluationSummary): string {
  const needs = Object.keys(trained.byNeed).sort();
  const fixedBest = summaries.find((s) => s.agent === result.bestFixedStrategy)!;
  const lines = [
    '# rlver-train quickstart',
    '',
    `${config.algorithm.toUpperCase()} trained for ${result.updates} updates (${result.envSteps} env steps, ${(result.trainSeconds / 60).toFixed(1)} minutes) ` +
      `against the ${config.env.simulator} simulator (${config.env.difficulty}), ${config.env.maxTurns} turns per dialogue, on generated personas ` +
      `(training seeds ${describePool(config.env.personas)}; held-out seeds ${describePool(config.evaluation.personas)}).`,
    '',
    '## Held-out personas: mean final emotion',
    '',
    evaluationMarkdown(summaries, languages),
    '',
    '| | random | best fixed | trained |',
    '| --- | ---: | ---: | ---: |',
    `| all | ${result.random.toFixed(1)} | ${result.bestFixed.toFixed(1)} (${result.bestFixedStrategy}) | ${result.trained.toFixed(1)} |`,
    ...languages.map((l) => {
      const r = result.byLanguage[l]!;
      return `| ${l} | ${r.random.toFixed(1)} | ${r.bestFixed.toFixed(1)} (${r.bestFixedStrategy}) | ${r.trained.toFixed(1)} |`;
    }),
    '',
    '## By hidden need: trained policy vs the best fixed strategy',
    '',
    '| hidden need | trained | best fixed |',
    '| --- | ---: | ---: |',
    ...needs.map((n) => `| ${n} | ${trained.byNeed[n]!.meanEmotion.toFixed(1)} | ${(fixedBest.byNeed[n]?.meanEmotion ?? 0).toFixed(1)} |`),
    '',
    `Learning curve: [${RUN_FILES.curve}](${RUN_FILES.curve}); per-update metrics: ${RUN_FILES.metrics}; the trained policy: \`checkpoints/\` ` +
      '(usable as `rlver-bench run --agent checkpoint:DIR`).',
    '',
  ];
  return lines.join('\n');
}

function describePool(pool: TrainConfig['env']['personas']): string {
  return pool.source === 'generated' ? `${pool.seedStart}..${pool.seedStart + pool.count - 1} per language (${pool.languages.join(', ')})` : pool.path;
}
