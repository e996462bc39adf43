#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { RlverError } from '../core/errors';
import { registerDemo } from './demo';
import { registerPlay } from './play';

/** Streams the CLI talks through (tests pass their own). */
export interface CliIO {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

const processIO: CliIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

/** Build the `rlver-env` program. */
export function buildProgram(io: CliIO = processIO): Command {
  const program = new Command('rlver-env')
    .description('RLVER empathetic-dialogue environment: talk with simulated users whose emotion is the reward')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });
  registerDemo(program, io.stdout);
  registerPlay(program, io.stdin, io.stdout);
  return program;
}

/**
 * Run the CLI and return its exit code: 0 on success, 2 for bad input (a typed error whose message names the bad
 * value), 1 for anything unexpected (with its stack).
 */
export async function main(argv: readonly string[] = process.argv.slice(2), io: CliIO = processIO): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof RlverError) {
      io.stderr.write(`rlver-env: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`rlver-env: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main().then((code) => {
    process.exitCode = code;
  });
}
