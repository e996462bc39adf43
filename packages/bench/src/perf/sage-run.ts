/**
 * Benchmark: the whole SAGE test set (100 profiles) with the rule simulator and a built-in agent, two dialogues
 * in flight, as `rlver-bench run --agent builtin:need-aware --profiles sage/profiles.jsonl --workers 2` does.
 * Prints the wall time (target: <= 5 s), everything included: loading the profiles, the dialogues, appending
 * the rows and the final scoring. Skips with a message on stderr when the shared data is absent.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { findSharedData, machineContext, printFigure } from '@rlver/env';
import { runBenchmark } from '../run/run-benchmark';

const AGENT = 'builtin:need-aware';
const WORKERS = 2;
const TARGET_SECONDS = 5;

async function main(): Promise<void> {
  const data = findSharedData(__dirname);
  const profiles = data ? path.join(data, 'sage', 'profiles.jsonl') : undefined;
  if (!profiles) {
    process.stderr.write('bench/sage-run: skipped: shared data not found (set RLVER_SHARED_DATA to the shared/data directory)\n');
    return;
  }
  const out = mkdtempSync(path.join(tmpdir(), 'rlver-bench-perf-'));
  try {
    const started = performance.now();
    const summary = await runBenchmark({ agent: AGENT, profiles, simulator: 'rule', out, workers: WORKERS, onWarning: (m) => process.stderr.write(`${m}\n`) });
    const seconds = (performance.now() - started) / 1000;
    const replies = summary.score.turns * summary.score.dialogues;
    const context = { profiles: summary.total, workers: WORKERS, agent: AGENT, simulator: 'rule', score: summary.score.score, errors: summary.errors, ...machineContext() };
    printFigure({ name: 'bench.sage-run.wall', value: Number(seconds.toFixed(3)), unit: 's', target: TARGET_SECONDS, ...context });
    printFigure({ name: 'bench.sage-run.replies-per-second', value: Math.round(replies / seconds), unit: 'replies/s', ...context });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench/sage-run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
