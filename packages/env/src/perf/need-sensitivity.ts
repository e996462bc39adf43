/**
 * Benchmark: how much the rule simulator's reward depends on meeting the hidden need. Per language and
 * difficulty, the same seeded generated personas are played by reference agents (see
 * `simulators/rule/sensitivity`): an oracle that knows the true need (evaluation only), a random strategy per
 * turn, each fixed strategy, the need-aware agent (infers the need from the user's words), generic-polite and
 * the one-trick agents. Prints the mean final emotion of each agent and the margins the design promises:
 *
 * - rule.need_sensitivity.oracle_minus_random (target >= 25),
 * - rule.need_sensitivity.oracle_minus_best_fixed (target >= 15),
 * - rule.need_sensitivity.need_aware_minus_random (target >= 8).
 *
 * Seeded and reproducible: the same build prints the same figures. RLVER_PERF_EPISODES sets the episodes per
 * agent (default 100).
 *
 * Run: `npm run perf -- env/need-sensitivity` (after `npm run build`).
 */
import { machineContext, printFigure, roundTo, runPerf } from '../io/perf-figure';
import { measureNeedSensitivity } from '../simulators/rule/sensitivity';
import { DIFFICULTIES } from '../simulators/types';

const EPISODES = Number(process.env.RLVER_PERF_EPISODES ?? 100);

async function main(): Promise<void> {
  const context = machineContext();
  for (const difficulty of DIFFICULTIES) {
    for (const language of ['en', 'zh'] as const) {
      const started = performance.now();
      const result = await measureNeedSensitivity({ language, difficulty, episodes: EPISODES });
      const seconds = (performance.now() - started) / 1000;
      const common = { language, difficulty, episodes: EPISODES, simulator: 'rule' };
      for (const [agent, score] of Object.entries(result.scores)) {
        printFigure({ name: 'rule.need_sensitivity.mean_final_emotion', value: round(score), unit: 'emotion', agent, ...common });
      }
      const { margins, bestFixed } = result;
      printFigure({ name: 'rule.need_sensitivity.oracle_minus_random', value: round(margins.oracleOverRandom), unit: 'emotion', target: 25, ...common });
      printFigure({ name: 'rule.need_sensitivity.oracle_minus_best_fixed', value: round(margins.oracleOverBestFixed), unit: 'emotion', target: 15, bestFixed: bestFixed.strategy, ...common });
      printFigure({ name: 'rule.need_sensitivity.need_aware_minus_random', value: round(margins.needAwareOverRandom), unit: 'emotion', target: 8, ...common });
      printFigure({ name: 'rule.need_sensitivity.seconds', value: round(seconds), unit: 's', ...common, ...context });
    }
  }
}

function round(x: number): number {
  return roundTo(x, 2);
}

runPerf(main);
