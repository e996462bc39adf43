import { Command, Option } from 'commander';
import { DIFFICULTIES, LANGUAGES, type Difficulty, type Language } from '@rlver/env';
import { AGENT_SPEC_FORMS } from '../../agents/errors';
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
  agentBaseUrl?: string;
  agentApiKeyEnv?: string;
  agentHeader?: Record<string, string>;
  thinkThenSay?: boolean;
  agentTimeout: number;
  retryErrors?: boolean;
}

/** `rlver-bench run`: run an agent through the SAGE protocol into a run directory. */
export function registerRun(program: Command, io: CliIO): void {
  program
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
    .option('--agent-base-url <url>', 'openai: agents: base URL of the OpenAI-compatible API (default: $RLVER_BASE_URL, $OPENAI_BASE_URL, api.openai.com)')
    .option('--agent-api-key-env <var>', 'openai: agents: environment variable holding the API key (default: RLVER_API_KEY, then OPENAI_API_KEY)')
    .option('--agent-header <name:value>', 'http: agents: an extra request header (repeatable; never recorded)', headerArg)
    .option('--think-then-say', 'remove <think>...</think> from agent replies before the user reads them (kept in the row as "think")')
    .option('--agent-timeout <ms>', 'time limit of one agent reply; a dialogue whose agent exceeds it becomes an error row (0: none)', intArg('--agent-timeout', 0, 2 ** 31 - 1), DEFAULT_AGENT_TIMEOUT_MS)
    .option('--retry-errors', 'run again the dialogues that ended in an error row')
    .addHelpText(
      'after',
      `
Agent specs:
  ${AGENT_SPEC_FORMS.join('\n  ')}

Error rows: a dialogue whose agent throws, answers with a non-string or times out (or whose simulator fails) is
written as a row with "error" and the dialogue so far; the run goes on. Error rows are not scored (score prints
them as INCOMPLETE); --retry-errors runs them again.

Resuming: rerunning into the same --out skips finished dialogues; a torn last line left by a killed run is removed
and that dialogue runs again. The settings must match the first run's.`,
    )
    .action(async (flags: RunFlags) => {
      const progress = progressReporter(io);
      try {
        const summary = await runBenchmark({
          agent: flags.agent,
          agentOptions: {
            openai: { ...(flags.agentBaseUrl ? { baseURL: flags.agentBaseUrl } : {}), ...(flags.agentApiKeyEnv ? { apiKeyEnv: flags.agentApiKeyEnv } : {}) },
            ...(flags.agentHeader ? { headers: flags.agentHeader } : {}),
          },
          profiles: flags.profiles,
          out: flags.out,
          simulator: flags.simulator,
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
          agentTimeoutMs: flags.agentTimeout,
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
