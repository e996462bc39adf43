/**
 * Benchmark: rule-simulator env steps per second on one process (English and Chinese, realistic replies), and
 * the vector env's throughput relative to stepping the same envs one by one.
 *
 * Run: `npm run perf -- env/env-steps` (after `npm run build`).
 */
import { EmpatheticChatEnv } from '../chat/empathetic-chat-env';
import type { Language } from '../chat/messages';
import { machineContext, median, printFigure, runPerf } from '../io/perf-figure';
import { VectorEnv } from '../vector/vector-env';
import { SAMPLE_REPLIES } from './sample-replies';

const SECONDS = Number(process.env.RLVER_PERF_SECONDS ?? 3);

/** Step one env for `seconds`, resetting at episode ends; returns steps per second. */
async function singleEnvStepsPerSecond(language: Language, seconds: number): Promise<number> {
  const env = new EmpatheticChatEnv({ language });
  const replies = SAMPLE_REPLIES[language];
  await env.reset({ seed: 1 });
  let steps = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  while (performance.now() < deadline) {
    for (let k = 0; k < 200; k++) {
      const [, , terminated, truncated] = await env.step(replies[steps % replies.length] as string);
      steps += 1;
      if (terminated || truncated) await env.reset();
    }
  }
  return steps / ((performance.now() - started) / 1000);
}

/** Steps/s of `n` envs stepped one after another by hand for `rounds` rounds (autoreset as the vector env does). */
async function sequentialStepsPerSecond(n: number, rounds: number, seed: number): Promise<number> {
  const replies = SAMPLE_REPLIES.en;
  const envs = Array.from({ length: n }, () => new EmpatheticChatEnv({ language: 'en' }));
  const done = envs.map(() => false);
  for (let i = 0; i < n; i++) await envs[i]!.reset({ seed: seed + i });
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) {
      if (done[i]) {
        await envs[i]!.reset();
        done[i] = false;
      } else {
        const [, , terminated, truncated] = await envs[i]!.step(replies[(r + i) % replies.length] as string);
        done[i] = terminated || truncated;
      }
    }
  }
  return (n * rounds) / ((performance.now() - started) / 1000);
}

/** Steps/s of the same `n` envs, the same replies, through a VectorEnv. */
async function vectorStepsPerSecond(n: number, rounds: number, seed: number): Promise<number> {
  const replies = SAMPLE_REPLIES.en;
  const vec = new VectorEnv(Array.from({ length: n }, () => new EmpatheticChatEnv({ language: 'en' })));
  await vec.reset({ seed });
  const actions = (r: number) => Array.from({ length: n }, (_, i) => replies[(r + i) % replies.length] as string);
  const started = performance.now();
  for (let r = 0; r < rounds; r++) await vec.step(actions(r));
  return (n * rounds) / ((performance.now() - started) / 1000);
}

/**
 * Vector env against one-by-one stepping: trials alternate between the two (same envs, seeds and replies), so
 * that a busy neighbour on the machine slows both alike; the figures are medians over the trials.
 */
async function vectorVersusSequential(n: number, rounds: number, trials: number): Promise<{ sequential: number; vector: number; ratio: number }> {
  const sequential: number[] = [];
  const vector: number[] = [];
  const ratios: number[] = [];
  for (let t = 0; t < trials; t++) {
    const s = await sequentialStepsPerSecond(n, rounds, 100 * t);
    const v = await vectorStepsPerSecond(n, rounds, 100 * t);
    sequential.push(s);
    vector.push(v);
    ratios.push(v / s);
  }
  return { sequential: median(sequential), vector: median(vector), ratio: median(ratios) };
}

async function main(): Promise<void> {
  const context = machineContext();
  for (const language of ['en', 'zh'] as const) {
    await singleEnvStepsPerSecond(language, 0.5); // warm-up (JIT)
    const value = await singleEnvStepsPerSecond(language, SECONDS);
    printFigure({ name: 'env.rule.steps_per_second', value: Math.round(value), unit: 'steps/s', language, simulator: 'rule', target: 20000, ...context });
  }
  await vectorVersusSequential(16, 200, 1); // warm-up
  const trials = 11;
  const { sequential, vector, ratio } = await vectorVersusSequential(16, 600, trials);
  printFigure({ name: 'env.sequential16.steps_per_second', value: Math.round(sequential), unit: 'steps/s', envs: 16, trials, statistic: 'median', ...context });
  printFigure({ name: 'env.vector16.steps_per_second', value: Math.round(vector), unit: 'steps/s', envs: 16, trials, statistic: 'median', ...context });
  printFigure({ name: 'env.vector16.relative_throughput', value: Number(ratio.toFixed(3)), unit: 'ratio', envs: 16, trials, statistic: 'median of paired trials', target: 0.9, ...context });
}

runPerf(main);
