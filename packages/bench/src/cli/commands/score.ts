import type { Command } from 'commander';
import { formatScoreText, scoreJson } from '../../score/format';
import { scoreFile } from '../../score/score';
import type { CliIO } from '../io';

/** `rlver-bench score FILE...`: SAGE scores of result files (this project's or SAGE's published ones). */
export function registerScore(program: Command, io: CliIO): void {
  program
    .command('score')
    .description('score result files or run directories: mean final emotion (rounded half up), success, failure, turns, by need and character')
    .argument('<files...>', 'results files (JSONL) or run directories')
    .option('--json', 'one JSON object per file: file, score, success, failure, turns, byNeed, byCharacter, ...')
    .action(async (files: string[], flags: { json?: boolean }) => {
      const blocks: string[] = [];
      for (const file of files) {
        const summary = await scoreFile(file);
        if (flags.json) io.stdout(`${JSON.stringify(scoreJson(summary))}\n`);
        else blocks.push(formatScoreText(summary));
        if (summary.errors > 0 && flags.json) io.stderr(`warning: ${file}: ${summary.errors} error row(s) not scored\n`);
      }
      if (!flags.json) io.stdout(`${blocks.join('\n\n')}\n`);
    });
}
