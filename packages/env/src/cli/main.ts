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

/** Run the CLI; bad input exits with code 2 and a one-line message naming the bad value. */
export async function main(argv: readonly string[] = process.argv, io: CliIO = processIO): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof RlverError) {
      io.stderr.write(`rlver-env: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
