import { CommanderError, type Command } from 'commander';
import { RlverError } from '../core/errors';

/**
 * Run a commander program (built with `exitOverride()`) and return the exit code every rlver command uses:
 * 0 on success, 2 for bad input (commander's usage errors, and typed errors whose message names the bad value,
 * written as `<name>: <message>`), 1 for anything unexpected (written with its stack).
 */
export async function runCli(name: string, program: Command, argv: readonly string[], writeErr: (text: string) => void): Promise<number> {
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof RlverError) {
      writeErr(`${name}: ${error.message}\n`);
      return 2;
    }
    writeErr(`${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
