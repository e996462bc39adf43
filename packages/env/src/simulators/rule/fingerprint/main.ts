#!/usr/bin/env node
/**
 * Print the rule simulator's behavioural fingerprint (see `./index.ts`): one line per group of episodes, then
 * the total. Run it before and after a change that must not change behaviour, and compare:
 *
 *   npx tsc -b && node packages/env/dist/simulators/rule/fingerprint/main.js [--data DIR | --no-data] [--expect SHA256]
 *
 * Exits 1 when a group hashes differently on its warm-cache rerun (a cache leaks between dialogues) or when
 * the total differs from `--expect`.
 */
import { Command } from 'commander';
import { findSharedData } from '../../../io/shared-data';
import { groupName, ruleFingerprint } from './index';

async function main(argv: readonly string[]): Promise<void> {
  const program = new Command('rule-fingerprint')
    .option('--data <dir>', 'shared data directory (default: $RLVER_SHARED_DATA or the nearest shared/data)')
    .option('--no-data', 'generated personas only')
    .option('--episodes <n>', 'episodes per main group', '25')
    .option('--expect <sha256>', 'fail unless the total fingerprint is this one')
    .parse([...argv], { from: 'user' });
  const flags = program.opts<{ data: string | boolean; episodes: string; expect?: string }>();
  const dataDir = flags.data === false ? undefined : typeof flags.data === 'string' ? flags.data : findSharedData();
  const started = performance.now();
  const result = await ruleFingerprint({ episodes: Number(flags.episodes), dataDir });
  for (const group of result.groups) process.stdout.write(`${group.sha256.slice(0, 16)}  ${String(group.episodes).padStart(3)} ep ${String(group.steps).padStart(4)} steps  ${groupName(group)}\n`);
  process.stdout.write(`total ${result.sha256}  (${result.episodes} episodes, ${result.steps} steps, shared data: ${dataDir ?? 'none'})\n`);
  process.stdout.write(`warm-cache reverse-order rerun: ${result.orderDependent.length === 0 ? 'identical' : `DIFFERS in ${result.orderDependent.join(', ')}`}\n`);
  process.stderr.write(`(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  if (result.orderDependent.length > 0) process.exitCode = 1;
  if (flags.expect !== undefined && flags.expect !== result.sha256) {
    process.stdout.write(`MISMATCH: expected ${flags.expect}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`rule-fingerprint: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  });
}
