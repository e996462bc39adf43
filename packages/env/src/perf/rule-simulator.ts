/**
 * Benchmark: the rule simulator's appraisal alone, in microseconds per call, on realistic replies (about 60
 * English words / 120 Chinese characters), each one new (as in training), at every turn of a dialogue (so
 * repetition and grounding scan a growing history). Budget (issue 2): about 25 us per appraisal.
 *
 * The work is timed in rounds of 128 calls. `rule.appraisal.us_per_call` is the median round; on a machine
 * shared with other jobs the median also counts time spent waiting for a core, so the best round
 * (`..._best_round`) is printed too: it is the closest estimate of the appraisal's own cost.
 *
 * Run: `npm run perf -- env/rule-simulator` (after `npm run build`).
 */
import type { ChatMessage, Language } from '../chat/messages';
import { machineContext, median, printFigure, runPerf } from '../io/perf-figure';
import { generatePersona } from '../personas/generator';
import { appraiseReply } from '../simulators/rule/appraisal';
import type { DialogueState } from '../simulators/types';
import { SAMPLE_REPLIES } from './sample-replies';

const SECONDS = Number(process.env.RLVER_PERF_SECONDS ?? 3);
const TURNS = 8;

const USER_LINES: Readonly<Record<Language, readonly string[]>> = {
  en: [
    "Thanks, that helps a bit. But honestly I still don't get why she did it in front of everyone.",
    'I already tried talking to him. It just feels useless, what should I actually do?',
    "You're right, I guess. It still hurts though, nobody noticed how much work I put in.",
  ],
  zh: ['谢谢你，感觉好一点了。不过说实话，我还是搞不懂她为什么当着大家的面这么做。', '我都试过了，跟他聊根本没用，你能不能说点具体的办法？', '你说得对吧。可还是很难受，我付出了那么多，没人看到。'],
};

/** Dialogue states at every turn of one dialogue, cycling the sample replies through the history. */
function states(language: Language, seed: number): Array<{ state: DialogueState; reply: string }> {
  const persona = generatePersona({ language, seed });
  const replies = SAMPLE_REPLIES[language];
  const users = USER_LINES[language];
  const history: ChatMessage[] = [{ role: 'user', content: persona.firstMessage ?? persona.topic }];
  const out: Array<{ state: DialogueState; reply: string }> = [];
  for (let turn = 0; turn < TURNS; turn++) {
    const reply = replies[(seed + turn) % replies.length]!;
    out.push({
      state: { persona, language, difficulty: 'vanilla', emotion: 40, initialEmotion: 40, turn, maxTurns: TURNS, history: history.slice(), appraisals: [], seed },
      reply,
    });
    history.push({ role: 'assistant', content: reply }, { role: 'user', content: users[turn % users.length]! });
  }
  return out;
}

/** Per-round microseconds per appraisal, sorted, with the process CPU time per call. */
function measure(language: Language, seconds: number): { rounds: number[]; cpu: number; calls: number } {
  const cases = Array.from({ length: 16 }, (_, seed) => states(language, seed)).flat();
  const rounds: number[] = [];
  let sink = 0;
  let round = 0;
  const cpuStart = process.cpuUsage();
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline) {
    round++;
    const started = performance.now();
    // A fresh reply every call, as in training: the reply is never served from the text cache.
    for (const c of cases) sink += appraiseReply(c.state, `${c.reply} ${round}`).change;
    rounds.push(((performance.now() - started) * 1000) / cases.length);
  }
  const cpuUsed = process.cpuUsage(cpuStart);
  if (sink === Number.MAX_VALUE) console.error(sink); // keep the work observable
  const calls = rounds.length * cases.length;
  return { rounds: rounds.sort((a, b) => a - b), cpu: (cpuUsed.user + cpuUsed.system) / calls, calls };
}

function main(): void {
  const context = machineContext();
  for (const language of ['en', 'zh'] as const) {
    measure(language, 0.5); // warm-up (JIT)
    const { rounds, cpu, calls } = measure(language, SECONDS);
    const common = { unit: 'us', language, calls, target: 25, ...context };
    printFigure({ name: 'rule.appraisal.us_per_call', value: Number(median(rounds).toFixed(2)), statistic: 'median round', ...common });
    printFigure({ name: 'rule.appraisal.us_per_call_best_round', value: Number(rounds[0]!.toFixed(2)), statistic: 'best round', ...common });
    printFigure({ name: 'rule.appraisal.cpu_us_per_call', value: Number(cpu.toFixed(2)), statistic: 'process CPU time / calls', ...common });
  }
}

runPerf(main);
