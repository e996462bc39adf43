#!/usr/bin/env node
/**
 * Regenerate the rule simulator's calibrated weights from the recorded SAGE dialogues in shared/data:
 *
 *   npx tsc -b && node packages/bench/dist/replay/calibrate-main.js [--data DIR] [--out FILE] [--ridge X]
 *
 * Reads every `sage/transcripts/deepseek-v3/*.jsonl` under the data directory, fits the appraisal's weights
 * (bounded ridge towards the design prior, see `fitWeights`), and writes
 * `packages/env/src/simulators/rule/appraisal/calibrated-weights.json` atomically, with its provenance. The fit
 * is deterministic: the same data give the same file byte for byte.
 */
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { Command } from 'commander';
import { DEFAULT_RIDGE, findSharedData, RlverError, writeFileAtomic } from '@rlver/env';
import { calibrationFile } from './calibrate';
import { readRecordedDialogues, type RecordedDialogue } from './recorded';

/** Where recorded transcripts live under shared/data. */
export const TRANSCRIPTS_DIR = path.join('sage', 'transcripts', 'deepseek-v3');

/** shared/data: `--data`, else {@link findSharedData} from `from`; an error that says what to do when absent. */
function sharedDataDir(from: string, explicit?: string): string {
  const given = explicit ?? process.env.RLVER_SHARED_DATA;
  if (given && !existsSync(given)) throw new RlverError(`shared data directory ${given} does not exist`);
  const found = explicit ?? findSharedData(from);
  if (found === undefined) throw new RlverError(`shared/data not found above ${from}: pass --data DIR or set RLVER_SHARED_DATA`);
  return found;
}

/** The recorded transcript files under a shared data directory, sorted by name. */
export function transcriptFiles(dataDir: string): string[] {
  const dir = path.join(dataDir, TRANSCRIPTS_DIR);
  if (!existsSync(dir)) throw new RlverError(`no recorded transcripts in ${dir}`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The committed weights file, relative to this script (dist/replay or src/replay of the bench package). */
export function defaultWeightsPath(): string {
  return path.resolve(__dirname, '..', '..', '..', 'env', 'src', 'simulators', 'rule', 'appraisal', 'calibrated-weights.json');
}

async function main(argv: readonly string[]): Promise<void> {
  const program = new Command('calibrate-rule-simulator')
    .option('--data <dir>', 'shared data directory (default: $RLVER_SHARED_DATA or the nearest shared/data)')
    .option('--out <file>', 'where to write the calibration file', defaultWeightsPath())
    .option('--ridge <x>', 'ridge strength towards the design prior', String(DEFAULT_RIDGE))
    .parse([...argv], { from: 'user' });
  const flags = program.opts<{ data?: string; out: string; ridge: string }>();
  const ridge = Number(flags.ridge);
  const files = transcriptFiles(sharedDataDir(process.cwd(), flags.data));
  const dialogues: RecordedDialogue[] = [];
  for (const file of files) dialogues.push(...(await readRecordedDialogues(file)));
  const calibration = calibrationFile(files, dialogues, { ridge });
  await writeFileAtomic(flags.out, `${JSON.stringify(calibration, null, 1)}\n`);
  process.stderr.write(
    `wrote ${flags.out}: ${calibration.provenance.pairs} pairs from ${files.length} files; in-sample pearson ${calibration.provenance.inSample.pearson}, sign agreement ${calibration.provenance.inSample.signAgreement}\n`,
  );
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`calibrate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof RlverError ? 2 : 1;
  });
}
