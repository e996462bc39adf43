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

/** Parse a CLI integer flag; the error names the flag. */
export function intFlag(flag: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
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
  if (flags.maxTurns !== undefined) options.maxTurns = intFlag('--max-turns', flags.maxTurns, 8, 1);
  if (flags.initialEmotion !== undefined) options.initialEmotion = intFlag('--initial-emotion', flags.initialEmotion, 40, 10);
  if (flags.simulator !== undefined) options.simulator = flags.simulator;
  const llm = llmOptionsFromCli(flags);
  if (llm) options.llm = llm;
  return options as EmpatheticChatOptions;
}
