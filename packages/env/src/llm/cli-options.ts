import { Option, type Command } from 'commander';
import { InvalidOptionError } from '../core/errors';
import { resolveLlmSimulatorOptions, type LlmSimulatorOptions } from '../simulators/llm/options';
import { llmClientOptionProperties } from './options';

/** Options of {@link addLlmCliOptions} and {@link llmOptionsFromCli}. */
export interface LlmCliFlagOptions {
  /**
   * Prefix of every flag, e.g. `"agent-"` gives `--agent-base-url`, `--agent-model`, ... so that a command can
   * take the options of two LLMs (the simulated user's and the agent's). Default: none.
   */
  readonly prefix?: string;
  /**
   * Add `--simulator <rule|llm>` too (default true without a prefix; skipped when the command already has it).
   */
  readonly simulatorFlag?: boolean;
}

/** The flags, by the option field they set (`flag` is without the prefix). */
const FLAGS = [
  { field: 'baseURL', flag: 'base-url', arg: '<url>', help: 'base URL of the OpenAI-compatible API, with /v1 (default: $RLVER_BASE_URL, $OPENAI_BASE_URL, else https://api.openai.com/v1)' },
  { field: 'model', flag: 'model', arg: '<name>', help: 'model name as the endpoint knows it' },
  { field: 'apiKey', flag: 'api-key', arg: '<key>', help: 'API key (prefer $RLVER_API_KEY or $OPENAI_API_KEY: a flag is visible to other users of the machine)' },
  { field: 'temperature', flag: 'temperature', arg: '<t>', help: 'sampling temperature in [0, 2] (default: the endpoint\'s)' },
  { field: 'seed', flag: 'llm-seed', arg: '<n>', help: 'base seed of the per-request seeds (default 0)' },
  { field: 'timeoutMs', flag: 'timeout', arg: '<ms>', help: 'time limit of one HTTP attempt in milliseconds (default 60000)' },
  { field: 'maxAttempts', flag: 'max-attempts', arg: '<n>', help: 'attempts per request on 429/5xx/timeouts/connection errors (default 5)' },
  { field: 'concurrency', flag: 'concurrency', arg: '<n>', help: 'requests in flight at once to this endpoint (default 8)' },
  { field: 'cassette', flag: 'cassette', arg: '<file>', help: 'JSONL cassette that records and/or replays every LLM exchange' },
  { field: 'cassetteMode', flag: 'cassette-mode', arg: '<mode>', help: 'record | replay | auto (default auto: replay what the cassette holds, record the rest)' },
  { field: 'transport', flag: 'transport', arg: '<kind>', help: "node-http (default: Node's http with keep-alive, least CPU per request) | fetch (the global fetch, e.g. behind undici's proxy dispatcher)" },
] as const;

type Field = (typeof FLAGS)[number]['field'];
const NUMERIC: ReadonlySet<Field> = new Set<Field>(['temperature', 'seed', 'timeoutMs', 'maxAttempts', 'concurrency']);

/** The key commander stores a flag's value under: `--agent-base-url` -> `agentBaseUrl`. */
function attributeName(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Add the LLM options to a commander command: `--base-url --model --api-key --temperature --llm-seed --timeout
 * --max-attempts --concurrency --cassette --cassette-mode --transport` (each with `prefix`), plus `--simulator <rule|llm>`
 * unless the command has it. Read them back with {@link llmOptionsFromCli}.
 */
export function addLlmCliOptions(command: Command, options: LlmCliFlagOptions = {}): Command {
  const prefix = options.prefix ?? '';
  const wantSimulator = options.simulatorFlag ?? prefix === '';
  if (wantSimulator && !command.options.some((o) => o.long === '--simulator')) {
    command.addOption(new Option('--simulator <name>', 'simulated user: rule (offline, default) or llm (needs --model)').choices(['rule', 'llm']));
  }
  for (const { flag, arg, help, field } of FLAGS) {
    const option = new Option(`--${prefix}${flag} ${arg}`, help);
    // A field with a fixed set of values (cassetteMode, transport) takes them from the options schema.
    const allowed = (llmClientOptionProperties[field] as { enum?: readonly string[] }).enum;
    if (allowed) option.choices([...allowed]);
    command.addOption(option);
  }
  return command;
}

/**
 * The LLM options given on the command line, validated, ready for `make(id, { simulator: 'llm', llm })` (or an
 * `OpenAIChatAgent` with a prefix). Undefined when they are not wanted: without a prefix, unless
 * `--simulator llm`; with a prefix, when none of the prefixed flags was given. Errors name the flag, e.g.
 * `invalid option "--temperature": got "hot", expected a number`.
 *
 * @param parsed - `command.opts()`
 */
export function llmOptionsFromCli(parsed: Readonly<Record<string, unknown>>, options: LlmCliFlagOptions = {}): LlmSimulatorOptions | undefined {
  const prefix = options.prefix ?? '';
  const given = FLAGS.filter(({ flag }) => parsed[attributeName(prefix + flag)] !== undefined);
  if (prefix === '' ? parsed.simulator !== 'llm' : given.length === 0) return undefined;
  const result: Record<string, unknown> = {};
  for (const { field, flag } of given) {
    const raw = parsed[attributeName(prefix + flag)];
    if (NUMERIC.has(field)) {
      const n = typeof raw === 'number' ? raw : Number(raw);
      if (typeof raw === 'string' && raw.trim() === '') throw new InvalidOptionError(`--${prefix}${flag}`, raw, 'a number');
      if (!Number.isFinite(n)) throw new InvalidOptionError(`--${prefix}${flag}`, raw, 'a number');
      result[field] = n;
    } else {
      result[field] = raw;
    }
  }
  if (result.model === undefined) {
    throw new InvalidOptionError(`--${prefix}model`, undefined, prefix === '' ? 'a model name when --simulator is llm' : 'a model name');
  }
  // Validate now, so that a bad value is reported with its flag before anything starts.
  try {
    resolveLlmSimulatorOptions(result, 'llm');
  } catch (error) {
    if (!(error instanceof InvalidOptionError)) throw error;
    const field = error.option.replace(/^llm\./, '').split('.')[0] as Field;
    const entry = FLAGS.find((f) => f.field === field);
    if (!entry) throw error;
    const expected = error.message.replace(/^.*, expected /, '');
    throw new InvalidOptionError(`--${prefix}${entry.flag}`, field === 'apiKey' ? '(hidden)' : error.value, expected);
  }
  return result as unknown as LlmSimulatorOptions;
}
