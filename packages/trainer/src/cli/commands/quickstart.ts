import { Command, Option } from 'commander';
import { BACKENDS } from '../../backend/select-backend';
import { readConfigFile } from '../../config/load-config';
import { runQuickstart } from '../../quickstart/run-quickstart';
import type { CliIO } from '../io';
import { intFlag, positiveFlag } from '../parse';

interface QuickstartFlags {
  out: string;
  config?: string;
  minutes: number;
  algorithm: 'ppo' | 'grpo';
  seed: number;
  backend: string;
  progress: boolean;
}

/** `rlver-train quickstart`: baselines, training and the comparison in one command (`npm start`). */
export function registerQuickstart(program: Command, io: CliIO): void {
  program
    .command('quickstart')
    .description('evaluate the random policy and every fixed strategy on held-out personas, train for at most --minutes, evaluate the trained policy the same way')
    .option('--out <dir>', 'run directory (replaced)', 'runs/quickstart')
    .option('--config <file>', 'JSON config layered over the quickstart settings (same schema as train --config)')
    .option('--minutes <m>', 'training wall-clock budget', positiveFlag('--minutes'), 10)
    .addOption(new Option('--algorithm <name>', 'ppo or grpo').choices(['ppo', 'grpo']).default('ppo'))
    .option('--seed <n>', 'seed', intFlag('--seed'), 1)
    .addOption(new Option('--backend <name>', 'tfjs backend').choices(['auto', ...BACKENDS]).default('auto'))
    .option('--no-progress', 'no progress bar')
    .action(async (flags: QuickstartFlags) => {
      const result = await runQuickstart({
        outDir: flags.out,
        minutes: flags.minutes,
        algorithm: flags.algorithm,
        seed: flags.seed,
        backend: flags.backend as Parameters<typeof runQuickstart>[0]['backend'],
        ...(flags.config && { overrides: readConfigFile(flags.config) }),
        log: (m) => io.stderr(`${m}\n`),
        ...(flags.progress ? {} : { progress: false }),
      });
      io.stdout(`\n${result.table}\n\n`);
      io.stdout(`trained ${result.updates} updates, ${result.envSteps} env steps in ${(result.trainSeconds / 60).toFixed(1)} min; report: ${result.reportFile}; learning curve: ${result.curveFile}\n`);
      const round = (x: number) => Number(x.toFixed(2));
      io.stdout(`${JSON.stringify({ random: round(result.random), bestFixed: round(result.bestFixed), trained: round(result.trained) })}\n`);
    });
}
