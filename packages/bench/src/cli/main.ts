#!/usr/bin/env node
import { Command } from 'commander';
import { runCli } from '@rlver/env';
import { benchVersion } from '../run/settings';
import { registerCompare } from './commands/compare';
import { registerReplay } from './commands/replay';
import { registerReport } from './commands/report';
import { registerRun } from './commands/run';
import { registerScore } from './commands/score';
import { processIO, type CliIO } from './io';

/**
 * The `rlver-bench` program. Each command lives in `commands/<name>.ts` as a `register<Name>(program, io)`
 * function; adding a command is one line here.
 */
export function createProgram(io: CliIO = processIO()): Command {
  const program = new Command('rlver-bench')
    .description('Sentient Benchmark (SAGE) protocol for empathetic dialogue agents: run, score, compare, report')
    .version(benchVersion())
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerRun(program, io);
  registerScore(program, io);
  registerReport(program, io);
  registerCompare(program, io);
  registerReplay(program, io);
  return program;
}

/**
 * Run the CLI and return its exit code: 0 on success, 2 for bad input (a typed error whose message names the bad
 * value: file:line and field, flag, agent spec), 1 for anything unexpected (with its stack).
 */
export async function main(argv: readonly string[] = process.argv.slice(2), io: CliIO = processIO()): Promise<number> {
  return runCli('rlver-bench', createProgram(io), argv, (text) => io.stderr(text));
}

if (require.main === module) {
  void main().then((code) => {
    process.exitCode = code;
  });
}
