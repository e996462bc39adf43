import { Command, Option } from 'commander';
import { loadCheckpointAgent } from '../../agent/load-checkpoint-agent';
import { resolveConfig } from '../../config/load-config';
import { evaluateAgent } from '../../evaluation/evaluate-agent';
import { bestFixed, evaluateBaselines } from '../../evaluation/baselines';
import { personaPool } from '../../personas/pools';
import { evaluationTable } from '../../quickstart/table';
import { readCheckpointMeta, resolveCheckpointDir } from '../../training/checkpoint';
import { evaluationOptions } from '../../training/setup';
import type { CliIO } from '../io';
import { intFlag, listFlag } from '../parse';

interface EvaluateFlags {
  count?: number;
  languages?: Array<'en' | 'zh'>;
  baselines: boolean;
  difficulty?: 'vanilla' | 'challenging';
}

/** `rlver-train evaluate DIR`: a checkpoint on its run's held-out personas, optionally next to the baselines. */
export function registerEvaluate(program: Command, io: CliIO): void {
  program
    .command('evaluate <dir>')
    .description('evaluate a run (its latest checkpoint) or a checkpoint on the held-out personas of its config')
    .option('--count <n>', 'held-out personas per language (default: the run config)', intFlag('--count', 1))
    .option('--languages <list>', 'languages of the held-out personas', listFlag('--languages', ['en', 'zh'] as const))
    .addOption(new Option('--difficulty <name>', 'simulated user difficulty (default: the run config)').choices(['vanilla', 'challenging']))
    .option('--baselines', 'also evaluate the random policy and every fixed strategy', false)
    .action(async (dir: string, flags: EvaluateFlags) => {
      const meta = await readCheckpointMeta(await resolveCheckpointDir(dir));
      const pool = meta.config.evaluation.personas;
      const config = resolveConfig(meta.config, {
        ...(flags.difficulty && { env: { difficulty: flags.difficulty } }),
        ...(pool.source === 'generated' && (flags.count !== undefined || flags.languages) && {
          evaluation: { personas: { ...pool, ...(flags.count !== undefined && { count: flags.count }), ...(flags.languages && { languages: flags.languages }) } },
        }),
      });
      const personas = personaPool(config.evaluation.personas);
      const options = evaluationOptions(config);
      const agent = await loadCheckpointAgent(dir, { log: (m) => io.stderr(`${m}\n`) });
      const summaries = [(await evaluateAgent(agent, personas, options)).summary];
      if (flags.baselines) {
        const baselines = await evaluateBaselines(personas, options);
        summaries.unshift(baselines.random, ...baselines.fixed);
        io.stderr(`best fixed strategy: ${bestFixed(baselines.fixed).agent}\n`);
      }
      io.stdout(`${evaluationTable(summaries, Object.keys(summaries[0]!.byLanguage).sort())}\n`);
      io.stdout(`${JSON.stringify(Object.fromEntries(summaries.map((s) => [s.agent, Number(s.meanEmotion.toFixed(2))])))}\n`);
    });
}
