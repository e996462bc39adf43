/**
 * Benchmark: cost of the agents' language work per call, on dialogues of realistic length (user turns of
 * 30-50 English words or 40-80 Chinese characters, up to eight exchanges): realizeStrategy (target < 20 us),
 * inferNeeds, and a full NeedAwareAgent reply. Each is printed as the median round, the best round and
 * the process CPU time per call (see `time`).
 *
 * Run: `npm run perf -- env/agents` (after `npm run build`).
 */
import { NeedAwareAgent } from '../agents/builtins/need-aware';
import { inferNeeds } from '../agents/need-inference';
import { realizeStrategy } from '../agents/realizer';
import { STRATEGIES, type Strategy } from '../agents/strategies';
import type { ChatMessage, Language } from '../chat/messages';
import { machineContext, median, printFigure, roundTo, runPerf } from '../io/perf-figure';

const SECONDS = Number(process.env.RLVER_PERF_SECONDS ?? 1.5);

const USER_TURNS: Readonly<Record<Language, readonly string[]>> = {
  en: [
    "My manager presented my project as his own in front of the whole team today. I stayed late every night for three weeks to finish it, and I'm so frustrated I can't even think straight.",
    "It's not the first time either. Last quarter he did the same with my budget plan, and when I brought it up he said we're a team and credit doesn't matter. Why would he keep doing that?",
    'I tried talking to him once, calmly, with examples. He nodded and then nothing changed. Honestly I feel invisible at work and I am starting to wonder if it is even worth trying anymore.',
    "My colleague Sarah saw everything and she told me I should go to HR, but I'm scared it will make things worse for me. I just don't know what the right move is here.",
  ],
  zh: [
    '唉，最近真的好累。我一直在试着平衡学业和兼职，可是张浩老说我不够努力，我真的很委屈。',
    '上周我熬夜把他的报告也改完了，他连句谢谢都没有，还在群里说我拖后腿。他为什么总是这样对我？',
    '我也试过跟他好好谈，他就说我想太多。其实我妈也觉得我太敏感了，我是不是真的有问题啊？',
    '有时候真想什么都不管了，可是一想到下个月的考试和房租，又觉得自己只能硬撑着，心里特别压抑。',
  ],
};
const AGENT_TURNS: Readonly<Record<Language, string>> = {
  en: "That sounds really hard, and it makes sense that you're upset. What part of it has been weighing on you the most this week?",
  zh: '听起来真的很不容易，你会难受也很正常。这段时间里，最让你放不下的是哪一部分？',
};

/** Dialogues ending with a user turn, from one to eight exchanges long. */
function dialogues(language: Language): ChatMessage[][] {
  const out: ChatMessage[][] = [];
  for (let exchanges = 1; exchanges <= 8; exchanges++) {
    const messages: ChatMessage[] = [];
    for (let i = 0; i < exchanges; i++) {
      if (i > 0) messages.push({ role: 'assistant', content: AGENT_TURNS[language] });
      messages.push({ role: 'user', content: USER_TURNS[language][i % USER_TURNS[language].length] as string });
    }
    out.push(messages);
  }
  return out;
}

/**
 * Dialogue `i` with a latest user message never seen before (as in a real episode, where only the older
 * messages repeat from turn to turn), so that the readers' caches do not flatter the figures.
 */
function fresh(ds: readonly ChatMessage[][], i: number): ChatMessage[] {
  const d = ds[i % ds.length] as ChatMessage[];
  const last = d[d.length - 1] as ChatMessage;
  return [...d.slice(0, -1), { role: 'user', content: `${last.content} ${i}` }];
}

/** Timing of one function: per-round microseconds per call (sorted) and process CPU microseconds per call. */
interface Timing {
  readonly rounds: readonly number[];
  readonly cpu: number;
  readonly calls: number;
}

const CALLS_PER_ROUND = 128;

/**
 * Time `fn` in rounds of {@link CALLS_PER_ROUND} calls for about `seconds`, after a warm-up. On a machine
 * shared with other jobs a round's wall time also counts waiting for a core, so the best round is the
 * closest estimate of the code's own cost; the median round and the CPU time per call are printed too.
 */
async function time(fn: (i: number) => unknown, seconds: number): Promise<Timing> {
  for (let i = 0; i < 2000; i++) await fn(i);
  const rounds: number[] = [];
  let calls = 0;
  const cpuBefore = process.cpuUsage();
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline) {
    const started = performance.now();
    for (let k = 0; k < CALLS_PER_ROUND; k++) await fn(calls++);
    rounds.push(((performance.now() - started) * 1000) / CALLS_PER_ROUND);
  }
  const cpu = process.cpuUsage(cpuBefore);
  return { rounds: rounds.sort((x, y) => x - y), cpu: (cpu.user + cpu.system) / calls, calls };
}

/** Print the median round, the best round and the CPU time per call of one timing. */
function report(name: string, timing: Timing, context: Record<string, unknown>): void {
  const common = { unit: 'us/call', calls: timing.calls, ...context };
  printFigure({ name, value: round(median(timing.rounds)), statistic: 'median round', ...common });
  printFigure({ name: `${name}_best_round`, value: round(timing.rounds[0] as number), statistic: 'best round', ...common });
  printFigure({ name: `${name}_cpu`, value: round(timing.cpu), statistic: 'process CPU time / calls', ...common });
}

async function main(): Promise<void> {
  const context = machineContext();
  const agent = new NeedAwareAgent();
  for (const language of ['en', 'zh'] as const) {
    const ds = dialogues(language);
    const realize = await time((i) => {
      const strategy = STRATEGIES[i % STRATEGIES.length] as Strategy;
      return realizeStrategy(strategy, fresh(ds, i), { language, seed: 7, turn: i % 8, leadWithReflection: i % 2 === 0 });
    }, SECONDS);
    report('agents.realizeStrategy.us_per_call', realize, { language, target: 20, ...context });
    report('agents.inferNeeds.us_per_call', await time((i) => inferNeeds(fresh(ds, i), { language }), SECONDS), { language, ...context });
    report('agents.needAware.respond.us_per_call', await time((i) => agent.respond(fresh(ds, i)), SECONDS), { language, ...context });
  }
}

function round(x: number): number {
  return roundTo(x, 2);
}

runPerf(main);
