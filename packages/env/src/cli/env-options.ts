import type { Command } from 'commander';
import { InvalidOptionError } from '../core/errors';
import type { EmpatheticChatOptions } from '../chat/options';
import { llmOptionsFromCli } from '../llm/cli-options';

/** The env flags shared by `demo` and `play`, as commander parses them. */
export interface EnvFlags {
  language?: string;
  difficulty?: string;
  personas?: string;
  maxTurns?: string;
  initialEmotion?: string;
  simulator?: string;
  /** The LLM flags added by `addLlmCliOptions`. */
  [flag: string]: unknown;
}

/**
 * Add the env flags shared by `demo` and `play` (`--language --difficulty --personas --max-turns
 * --initial-emotion`); read them back with {@link envOptionsFromFlags}.
 */
export function addEnvOptions(command: Command, personasHelp: string): Command {
  return command
    .option('--language <en|zh>', 'language of generated personas', 'en')
    .option('--difficulty <vanilla|challenging>', 'simulated user difficulty', 'vanilla')
    .option('--personas <path>', personasHelp)
    .option('--max-turns <n>', 'agent replies per dialogue', '8')
    .option('--initial-emotion <n>', 'starting emotion', '40');
}

/** Parse a CLI integer flag (commander gives every flag read here a default); the error names the flag. */
export function intFlag(flag: string, value: string, min = 0): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InvalidOptionError(flag, value, `an integer >= ${min}`);
  return n;
}

/**
 * Env options from CLI flags (the env itself validates values and names the bad one). With `--simulator llm`
 * the LLM flags (`--base-url`, `--model`, ...) become the `llm` options.
 */
export function envOptionsFromFlags(flags: EnvFlags): EmpatheticChatOptions {
  const options: Record<string, unknown> = {};
  if (flags.language !== undefined) options.language = flags.language;
  if (flags.difficulty !== undefined) options.difficulty = flags.difficulty;
  if (flags.personas !== undefined) options.personas = flags.personas;
  if (flags.maxTurns !== undefined) options.maxTurns = intFlag('--max-turns', flags.maxTurns, 1);
  if (flags.initialEmotion !== undefined) options.initialEmotion = intFlag('--initial-emotion', flags.initialEmotion, 10);
  if (flags.simulator !== undefined) options.simulator = flags.simulator;
  const llm = llmOptionsFromCli(flags);
  if (llm) options.llm = llm;
  return options as EmpatheticChatOptions;
}
