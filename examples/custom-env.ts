/**
 * The algorithms work on any environment built on `@rlver/env`'s `Env` base class that passes `checkEnv`, not
 * only on the chat env. Here PPO learns a small contextual bandit: the observation says which of four
 * situations we are in, and each situation has one right response out of five.
 *
 *   npx tsc -b && node examples/run.js examples/custom-env.ts
 */
import { Box, Discrete, Env, Rng, VectorEnv, checkEnv, deriveSeed, type ResetArgs, type ResetResult, type StepResult } from '@rlver/env';
import { Adam, DEFAULT_PPO_CONFIG, MlpPolicy, Ppo, selectBackend, type ActionDecoder } from '@rlver/trainer';

class Situations extends Env<Float32Array, number> {
  readonly observationSpace = new Box(0, 1, [4]);
  readonly actionSpace = new Discrete(5);
  private situation = 0;

  async reset(args: ResetArgs = {}): Promise<ResetResult<Float32Array>> {
    this.seedRng(args.seed);
    this.situation = this.rng.int(4);
    return [this.observation(), {}];
  }

  async step(action: number): Promise<StepResult<Float32Array>> {
    const right = (3 * this.situation + 1) % 5;
    return [this.observation(), action === right ? 1 : 0, true, false, {}];
  }

  private observation(): Float32Array {
    const o = new Float32Array(4);
    o[this.situation] = 1;
    return o;
  }
}

async function main(): Promise<void> {
  await selectBackend('auto');
  await checkEnv(new Situations()); // throws, listing the problems, if the env breaks the API
  const envs = new VectorEnv(Array.from({ length: 8 }, () => new Situations()));
  const policy = new MlpPolicy<Float32Array>({ encoder: { kind: 'vector', size: 4 }, numActions: 5, hiddenSizes: [16], seed: 0 });
  const ppo = new Ppo(policy, new Adam(policy.variableNames(), policy.variables()), { ...DEFAULT_PPO_CONFIG, numSteps: 8, learningRate: 0.01, lrSchedule: 'constant' });
  const decode: ActionDecoder<Float32Array, number> = async (_observations, actions) => Array.from(actions);
  const rng = new Rng(0);
  for (let update = 0; update < 30; update++) {
    const seeds = Array.from({ length: 8 }, (_, i) => deriveSeed(0, update, i));
    const result = await ppo.update({ vec: envs, decode, rng, seeds, update, totalUpdates: 30 });
    const reward = result.episodes.reduce((s, e) => s + e.return, 0) / result.episodes.length;
    if ((update + 1) % 5 === 0) console.log(`update ${update + 1}: mean reward ${reward.toFixed(2)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
