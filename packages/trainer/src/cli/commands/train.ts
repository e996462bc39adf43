import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Command, Option } from 'commander';
import { InvalidOptionError } from '@rlver/env';
import { BACKENDS } from '../../backend/select-backend';
import { overridesToLayer, readConfigFile, resolveConfig } from '../../config/load-config';
import type { TrainConfigInput } from '../../config/types';
import { RUN_FILES, train } from '../../training/train';
import type { CliIO } from '../io';
import { collect, intFlag, listFlag, positiveFlag } from '../parse';

interface TrainFlags {
  config?: string;
  resume?: string;
  algorithm?: 'ppo' | 'grpo';
  seed?: number;
  backend?: string;
  updates?: number;
  maxMinutes?: number;
  out?: string;
  numEnvs?: number;
  simulator?: 'rule' | 'llm';
  difficulty?: 'vanilla' | 'challenging';
  languages?: Array<'en' | 'zh'>;
  reward?: 'terminal' | 'delta';
  set?: string[];
  progress: boolean;
}

/** Flags that may change when resuming: they do not change what is computed, only how long or where it runs. */
const RESUMABLE_FLAGS: ReadonlySet<keyof TrainFlags> = new Set(['resume', 'updates', 'maxMinutes', 'backend', 'progress']);

/** `rlver-train train` (the default command). */
export function registerTrain(program: Command, io: CliIO): void {
  program
    .command('train', { isDefault: true })
    .description('train a strategy policy with PPO or GRPO (config file, then flags, override the defaults)')
    .option('--config <file>', 'JSON config (see trainConfigSchema); unknown or mistyped keys are errors')
    .option('--resume <dir>', 'continue the run in <dir> from its latest checkpoint (same results as an uninterrupted run)')
    .addOption(new Option('--algorithm <name>', 'ppo or grpo').choices(['ppo', 'grpo']))
    .option('--seed <n>', 'seed of weights, rollouts and sampling', intFlag('--seed'))
    .addOption(new Option('--backend <name>', 'tfjs backend').choices(['auto', ...BACKENDS]))
    .option('--updates <n>', 'total updates', intFlag('--updates', 1))
    .option('--max-minutes <m>', 'stop after the update that crosses this wall-clock budget', positiveFlag('--max-minutes'))
    .option('--out <dir>', 'run directory (config, metrics, learning curve, checkpoints)')
    .option('--num-envs <n>', 'sub-envs of the vector env', intFlag('--num-envs', 1))
    .addOption(new Option('--simulator <name>', 'simulated user').choices(['rule', 'llm']))
    .addOption(new Option('--difficulty <name>', 'simulated user difficulty').choices(['vanilla', 'challenging']))
    .option('--languages <list>', 'languages of the generated training and held-out personas, e.g. en,zh', listFlag('--languages', ['en', 'zh'] as const))
    .addOption(new Option('--reward <mode>', 'terminal (RLVER) or delta (per-turn)').choices(['terminal', 'delta']))
    .option('--set <key=value>', 'override any config key, e.g. --set ppo.learningRate=0.001 (repeatable)', collect)
    .option('--no-progress', 'no progress bar')
    .action(async (flags: TrainFlags) => {
      const config = flags.resume ? resumeConfig(flags) : resolveConfig(...layersOf(flags));
      // Ctrl-C finishes the update in progress and checkpoints it, so that --resume loses nothing.
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      let result;
      try {
        result = await train(config, { resume: Boolean(flags.resume), log: (m) => io.stderr(`${m}\n`), progress: flags.progress ? undefined : false, signal: controller.signal });
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
      io.stdout(
        `${JSON.stringify({
          outDir: result.outDir,
          algorithm: config.algorithm,
          updates: result.updates,
          envSteps: result.envSteps,
          trainSeconds: Number(result.trainSeconds.toFixed(1)),
          backend: result.backend,
          checkpoint: result.checkpointDir,
          heldOut: result.evaluation && { meanEmotion: result.evaluation.meanEmotion, byLanguage: Object.fromEntries(Object.entries(result.evaluation.byLanguage).map(([k, v]) => [k, v.meanEmotion])) },
        })}\n`,
      );
    });
}

function layersOf(flags: TrainFlags): TrainConfigInput[] {
  const layers: TrainConfigInput[] = [];
  if (flags.config) layers.push(readConfigFile(flags.config));
  const fromFlags: Record<string, unknown> = {};
  const env: Record<string, unknown> = {};
  if (flags.algorithm) fromFlags.algorithm = flags.algorithm;
  if (flags.seed !== undefined) fromFlags.seed = flags.seed;
  if (flags.backend) fromFlags.backend = flags.backend;
  if (flags.updates !== undefined) fromFlags.totalUpdates = flags.updates;
  if (flags.maxMinutes !== undefined) fromFlags.maxMinutes = flags.maxMinutes;
  if (flags.out) fromFlags.outDir = flags.out;
  if (flags.numEnvs !== undefined) env.numEnvs = flags.numEnvs;
  if (flags.simulator) env.simulator = flags.simulator;
  if (flags.difficulty) env.difficulty = flags.difficulty;
  if (flags.reward) env.reward = flags.reward;
  if (flags.languages) {
    env.personas = { source: 'generated', languages: flags.languages };
    fromFlags.evaluation = { personas: { source: 'generated', languages: flags.languages } };
  }
  if (Object.keys(env).length) fromFlags.env = env;
  layers.push(fromFlags as TrainConfigInput);
  if (flags.set?.length) layers.push(overridesToLayer(flags.set));
  return layers;
}

/** The saved config of the run being resumed, with the few flags that may change. */
function resumeConfig(flags: TrainFlags) {
  const dir = flags.resume as string;
  const file = path.join(dir, RUN_FILES.config);
  if (!existsSync(file)) throw new InvalidOptionError('--resume', dir, `a run directory written by rlver-train (no ${RUN_FILES.config} there)`);
  for (const key of Object.keys(flags) as Array<keyof TrainFlags>) {
    if (flags[key] !== undefined && !RESUMABLE_FLAGS.has(key)) {
      throw new InvalidOptionError(`--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, flags[key], 'nothing when resuming: a resumed run keeps its config (only --updates, --max-minutes and --backend may change)');
    }
  }
  const saved = JSON.parse(readFileSync(file, 'utf8')) as TrainConfigInput;
  const layer: Record<string, unknown> = { outDir: dir };
  if (flags.updates !== undefined) layer.totalUpdates = flags.updates;
  if (flags.maxMinutes !== undefined) layer.maxMinutes = flags.maxMinutes;
  if (flags.backend) layer.backend = flags.backend;
  return resolveConfig(saved, layer as TrainConfigInput);
}
