import { Command, Option } from 'commander';
import { addLlmCliOptions, DIFFICULTIES, InvalidOptionError, LANGUAGES, llmOptionsFromCli, type Difficulty, type Language } from '@rlver/env';
import { AGENT_SPEC_FORMS } from '../../agents/errors';
import type { OpenAIAgentOptions } from '../../agents/openai-agent';
import { parseAgentSpec } from '../../agents/spec';
import { SAGE_INITIAL_EMOTION, SAGE_ROUNDS } from '../../protocol';
import { DEFAULT_AGENT_TIMEOUT_MS, runBenchmark } from '../../run/run-benchmark';
import { parseShard, type Shard } from '../../run/plan';
import { formatScoreText } from '../../score/format';
import type { CliIO } from '../io';
import { headerArg, intArg } from '../parse';
import { progressReporter } from '../progress';

interface RunFlags {
  agent: string;
  profiles: string;
  out: string;
  simulator: 'rule' | 'llm';
  maxTurns: number;
  initialEmotion: number;
  language: Language;
  count: number;
  difficulty: Difficulty;
  seed: number;
  workers: number;
  shard?: Shard;
  repeats: number;
  agentHeader?: Record<string, string>;
  thinkThenSay?: boolean;
  replyTimeout: number;
  retryErrors?: boolean;
}

/** `rlver-bench run`: run an agent through the SAGE protocol into a run directory. */
export function registerRun(program: Command, io: CliIO): void {
  const command = program
    .command('run')
    .description('run an agent against simulated users (SAGE protocol); one JSON row per dialogue in OUT/results.jsonl')
    .requiredOption('--agent <spec>', `the agent: ${AGENT_SPEC_FORMS.map((f) => f.split(' ')[0]).join(', ')}`)
    .requiredOption('--profiles <path|generated>', 'a JSONL file of profiles (SAGE, RLVER or this project\'s personas), or "generated"')
    .requiredOption('--out <dir>', 'run directory (created; an existing run is resumed)')
    .addOption(new Option('--simulator <kind>', 'the simulated user').choices(['rule', 'llm']).default('rule'))
    .option('--max-turns <rounds>', `dialogue length in SAGE rounds, counting the user's preset first message (${SAGE_ROUNDS} rounds = at most ${SAGE_ROUNDS - 1} appraised agent replies)`, intArg('--max-turns', 2, 1001), SAGE_ROUNDS)
    .option('--initial-emotion <n>', 'emotion at the start of every dialogue', intArg('--initial-emotion', 10, 99), SAGE_INITIAL_EMOTION)
    .addOption(new Option('--language <lang>', 'language of generated profiles').choices([...LANGUAGES]).default('en'))
    .option('--count <n>', 'number of generated profiles', intArg('--count', 1, 1_000_000), 100)
    .addOption(new Option('--difficulty <level>', 'simulated user: vanilla (forgiving) or challenging (strict)').choices([...DIFFICULTIES]).default('vanilla'))
    .option('--seed <n>', 'run seed: every dialogue seed derives from (seed, profile id, repeat)', intArg('--seed', 0, 2 ** 32 - 1), 0)
    .option('--workers <n>', 'dialogues in flight at once (results do not depend on it)', intArg('--workers', 1, 1024), 1)
    .option('--shard <i/n>', 'run only shard i of n (1-based); merge the shards\' results.jsonl files by concatenation', parseShard)
    .option('--repeats <k>', 'dialogues per profile, each with its own seed (scores get a 95% CI over repeats)', intArg('--repeats', 1, 1000), 1)
    .option('--agent-header <name:value>', 'http: agents: an extra request header (repeatable; never recorded)', headerArg)
    .option('--think-then-say', 'remove <think>...</think> from agent replies before the user reads them (kept in the row as "think"); openai: agents are also asked to think first')
    .option('--reply-timeout <ms>', 'time limit of one agent reply; a dialogue whose agent exceeds it becomes an error row (0: none)', intArg('--reply-timeout', 0, 2 ** 31 - 1), DEFAULT_AGENT_TIMEOUT_MS)
    .option('--retry-errors', 'run again the dialogues that ended in an error row');
  // The LLM simulated user's options (--model, --base-url, ... with --simulator llm) and the openai: agent's
  // (--agent-base-url, --agent-temperature, ...), from @rlver/env so every rlver CLI spells them alike.
  addLlmCliOptions(command);
  addLlmCliOptions(command, { prefix: 'agent-' });
  command
    .addHelpText(
      'after',
      `
Agent specs:
  ${AGENT_SPEC_FORMS.join('\n  ')}

LLM flags: --model, --base-url, --api-key, --temperature, ... configure the simulated user when --simulator is
llm; the same flags with the --agent- prefix configure an openai:MODEL agent (its model is the spec's).

Error rows: a dialogue whose agent throws, answers with a non-string or times out (or whose simulator fails) is
written as a row with "error" and the dialogue so far; the run goes on. Error rows are not scored (score prints
them as INCOMPLETE); --retry-errors runs them again.

Resuming: rerunning into the same --out skips finished dialogues; a torn last line left by a killed run is removed
and that dialogue runs again. The settings must match the first run's.`,
    )
    .action(async (flags: RunFlags, cmd: Command) => {
      const parsed = cmd.opts<Record<string, unknown>>();
      const llm = llmOptionsFromCli(parsed);
      const openai = openAIOptionsFromCli(flags.agent, parsed);
      const progress = progressReporter(io);
      try {
        const summary = await runBenchmark({
          agent: flags.agent,
          agentOptions: { ...(openai ? { openai } : {}), ...(flags.agentHeader ? { headers: flags.agentHeader } : {}) },
          profiles: flags.profiles,
          out: flags.out,
          simulator: flags.simulator,
          ...(llm ? { llm: llm as unknown as Record<string, unknown> } : {}),
          rounds: flags.maxTurns,
          initialEmotion: flags.initialEmotion,
          language: flags.language,
          count: flags.count,
          difficulty: flags.difficulty,
          seed: flags.seed,
          workers: flags.workers,
          ...(flags.shard ? { shard: flags.shard } : {}),
          repeats: flags.repeats,
          thinkThenSay: flags.thinkThenSay === true,
          agentTimeoutMs: flags.replyTimeout,
          retryErrors: flags.retryErrors === true,
          onProgress: progress.update,
          onWarning: (message) => io.stderr(`warning: ${message}\n`),
        });
        progress.stop();
        io.stderr(`${summary.ran} dialogue(s) run, ${summary.skipped} already done, ${summary.errors} error row(s) written\n`);
        io.stdout(`${formatScoreText({ file: summary.file, ...summary.score })}\n`);
      } finally {
        progress.stop();
      }
    });
}

/**
 * The `--agent-*` LLM flags as `openai:` agent options. The model is the spec's (`openai:MODEL`); the flags make
 * no sense for other agents, so giving them there is an error rather than silently ignored.
 */
function openAIOptionsFromCli(spec: string, parsed: Readonly<Record<string, unknown>>): OpenAIAgentOptions | undefined {
  const given = Object.keys(parsed).filter((key) => /^agent[A-Z]/.test(key) && key !== 'agentHeader' && parsed[key] !== undefined);
  const { kind, target } = parseAgentSpec(spec);
  if (kind !== 'openai') {
    if (given.length > 0) throw new InvalidOptionError(`--${kebab(given[0] as string)}`, parsed[given[0] as string], `no value: it applies to openai:MODEL agents only (the agent is ${spec})`);
    return undefined;
  }
  if (parsed.agentModel !== undefined && parsed.agentModel !== target) throw new InvalidOptionError('--agent-model', parsed.agentModel, `the model of the spec (${target}) or nothing`);
  // Never undefined: --agent-model is given (the spec's model), so the prefixed flags are never all absent.
  const options = llmOptionsFromCli({ ...parsed, agentModel: target }, { prefix: 'agent-' });
  const { model, ...rest } = options as unknown as Record<string, unknown>;
  void model;
  return rest as OpenAIAgentOptions;
}

function kebab(attribute: string): string {
  return attribute.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
