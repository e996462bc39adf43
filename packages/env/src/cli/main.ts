#!/usr/bin/env node
import { Command } from 'commander';
import { registerDemo } from './demo';
import { registerPlay } from './play';
import { runCli } from './run-cli';

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
  return runCli('rlver-env', buildProgram(io), argv, (text) => io.stderr.write(text));
}

if (require.main === module) {
  void main().then((code) => {
    process.exitCode = code;
  });
}
