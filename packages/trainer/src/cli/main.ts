#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { RlverError } from '@rlver/env';
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
  try {
    await createProgram(io).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof RlverError) {
      io.stderr(`rlver-train: ${error.message}\n`);
      return 2;
    }
    io.stderr(`rlver-train: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main().then((code) => {
    process.exitCode = code;
  });
}
