#!/usr/bin/env node
import { Command } from 'commander';
import { runCli } from '@rlver/env';
import { registerEvaluate } from './commands/evaluate';
import { registerQuickstart } from './commands/quickstart';
import { registerTrain } from './commands/train';
import { processIO, type CliIO } from './io';

/** The `rlver-train` program: `train` (default), `quickstart`, `evaluate`. */
export function createProgram(io: CliIO = processIO()): Command {
  const program = new Command('rlver-train')
    .description('PPO and GRPO on TensorFlow.js for empathetic dialogue agents (RLVER) against simulated users')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerTrain(program, io);
  registerQuickstart(program, io);
  registerEvaluate(program, io);
  return program;
}

/**
 * Run the CLI and return its exit code: 0 on success, 2 for bad input (a typed error naming the bad flag, key or
 * file), 1 for anything unexpected (with its stack).
 */
export async function main(argv: readonly string[] = process.argv.slice(2), io: CliIO = processIO()): Promise<number> {
  return runCli('rlver-train', createProgram(io), argv, (text) => io.stderr(text));
}

if (require.main === module) {
  void main().then((code) => {
    process.exitCode = code;
  });
}
