import type { Command } from 'commander';
import { writeReport } from '../../report/html';
import type { CliIO } from '../io';

/** `rlver-bench report DIR|FILE... --out report.html`: one self-contained HTML report. */
export function registerReport(program: Command, io: CliIO): void {
  program
    .command('report')
    .description('write one self-contained HTML report (leaderboard, breakdowns, emotion trajectories, transcripts)')
    .argument('<files...>', 'run directories or results files')
    .requiredOption('--out <file>', 'the HTML file to write')
    .option('--title <text>', 'page title', 'rlver-bench report')
    .action(async (files: string[], flags: { out: string; title: string }) => {
      await writeReport(files, flags.out, { title: flags.title });
      io.stderr(`wrote ${flags.out}\n`);
    });
}
