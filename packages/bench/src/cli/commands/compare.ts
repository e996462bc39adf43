import type { Command } from 'commander';
import { compareFiles } from '../../compare/markdown';
import type { CliIO } from '../io';

/** `rlver-bench compare FILE...`: a markdown leaderboard of runs. */
export function registerCompare(program: Command, io: CliIO): void {
  program
    .command('compare')
    .description('print a markdown leaderboard table of result files or run directories, best first')
    .argument('<files...>', 'results files (JSONL) or run directories')
    .action(async (files: string[]) => {
      io.stdout(`${await compareFiles(files)}\n`);
    });
}
