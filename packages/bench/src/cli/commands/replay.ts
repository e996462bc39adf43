import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DIFFICULTIES, InvalidOptionError, RlverError, RuleSimulator, type CalibrationFile, type Difficulty } from '@rlver/env';
import { crossValidate } from '../../replay/calibrate';
import { crossValidationJson, crossValidationText, replayDialogueLines, replayJson, replayLine } from '../../replay/format';
import { publishedScore, rankAgainstPublished, readLeaderboard, type Leaderboard } from '../../replay/leaderboard';
import { readRecordedDialogues } from '../../replay/recorded';
import { replayDialogues, type FileReplay } from '../../replay/replay';
import type { CliIO } from '../io';

interface ReplayFlags {
  simulator: string;
  json?: boolean;
  leaderboard?: string;
  difficulty: string;
  weights?: string;
  crossValidate?: boolean;
  summary?: boolean;
}

/**
 * `rlver-bench replay FILE... --simulator rule`: replay recorded SAGE dialogues with the rule simulator and
 * measure how well it agrees with the recorded judge: per-turn pairs (recorded, simulated), replayed final
 * emotions and score, Pearson and sign agreement per file, and with a leaderboard the Spearman rank correlation
 * of replay scores against published scores. `--cross-validate` calibrates on all files but one and replays
 * the held-out one, for each file in turn (the honest estimate of agreement on unseen agents).
 *
 * A replayed dialogue starts at the recorded initial emotion and adds the simulator's changes (capped at
 * 100); if that reaches 100 or falls below 10 before the recording ends, the replayed final emotion stays
 * there (SAGE would have ended the dialogue) while the later replies are still paired for agreement.
 */
export function registerReplay(program: Command, io: CliIO): void {
  program
    .command('replay')
    .description("replay recorded SAGE dialogues with a simulated user and measure its agreement with the recorded judge")
    .argument('<files...>', 'recorded results files in the SAGE result format (JSONL)')
    .option('--simulator <name>', 'the simulated user that re-judges the replies (only "rule")', 'rule')
    .option('--json', 'one JSON object per file: file, pairs, replayScore, pearson, signAgreement, ...; then one with the spearman')
    .option('--leaderboard <path>', 'published leaderboard JSON (models[].score, transcripts_here) for the Spearman figure')
    .option('--difficulty <name>', 'simulator difficulty: vanilla or challenging', 'vanilla')
    .option('--weights <path>', "a calibration file (calibrated-weights.json format) to use instead of the rule simulator's defaults")
    .option('--cross-validate', 'leave-one-file-out: fit the weights on the other files, replay the held-out one (needs 2+ files)')
    .option('--summary', 'text output: one line per file, without the per-dialogue finals and pairs')
    .action(async (files: string[], flags: ReplayFlags) => {
      if (flags.simulator !== 'rule') throw new InvalidOptionError('--simulator', flags.simulator, '"rule" (replay re-judges with the offline rule simulator)');
      if (!DIFFICULTIES.includes(flags.difficulty as Difficulty)) throw new InvalidOptionError('--difficulty', flags.difficulty, 'vanilla or challenging');
      const difficulty = flags.difficulty as Difficulty;
      const board: Leaderboard | undefined = flags.leaderboard ? readLeaderboard(flags.leaderboard) : undefined;
      const published = (file: string): number | undefined => (board ? publishedScore(board, file) : undefined);

      if (flags.crossValidate) {
        if (flags.weights) throw new InvalidOptionError('--weights', flags.weights, 'no --weights with --cross-validate (each fold fits its own)');
        if (files.length < 2) throw new InvalidOptionError('files', files, 'at least two files for --cross-validate');
        const cv = await crossValidate(files, { difficulty, published });
        io.stdout(flags.json ? crossValidationJson(cv) : crossValidationText(cv));
        return;
      }

      const simulator = new RuleSimulator(flags.weights ? { weights: readWeightsFile(flags.weights) } : {});
      const replays: Array<FileReplay & { readonly published?: number }> = [];
      for (const file of files) {
        const replay = await replayDialogues(file, await readRecordedDialogues(file), simulator, { difficulty });
        const score = published(file);
        replays.push(score === undefined ? replay : { ...replay, published: score });
        if (flags.json) io.stdout(`${JSON.stringify(replayJson(replay, score))}\n`);
        else io.stdout(`${flags.summary ? '' : replayDialogueLines(replay)}${replayLine(replay, score)}\n`);
        if (board && score === undefined) io.stderr(`warning: ${file}: no published score in the leaderboard for this file\n`);
      }
      const { ranked, spearman: rho } = rankAgainstPublished(replays);
      if (board && ranked.length >= 2) {
        const scores = ranked.map((r) => ({ file: r.file, replayScore: r.replayScore, published: r.published }));
        io.stdout(flags.json ? `${JSON.stringify({ spearman: Number.isFinite(rho) ? rho : null, files: scores })}\n` : `spearman (replay vs published scores, ${ranked.length} files): ${Number.isFinite(rho) ? rho.toFixed(3) : 'n/a'}\n`);
      }
    });
}

function readWeightsFile(file: string): CalibrationFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new RlverError(`cannot read weights file ${file}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return JSON.parse(text) as CalibrationFile;
  } catch (error) {
    throw new InvalidOptionError('--weights', file, `a JSON calibration file (${(error as Error).message})`);
  }
}
