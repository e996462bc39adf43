/**
 * GRPO on the RLVER empathetic-chat environment: no critic; every update plays G dialogues with each of a few
 * personas (same reset seed: same persona, same simulated user), and each dialogue's advantage is its final
 * emotion relative to the others of its group. A KL penalty keeps the policy near its starting point.
 *
 *   npx tsc -b && node examples/run.js examples/train-grpo.ts [updates=600]
 */
import { EMPATHETIC_CHAT_ID, STRATEGIES, Rng, deriveSeed, generatePersona, makeVec, type ChatObservation } from '@rlver/env';
import { Adam, DEFAULT_GRPO_CONFIG, Grpo, PolicyAgent, TemplateRealizer, createStrategyPolicy, evaluateAgent, selectBackend, strategyDecoder } from '@rlver/trainer';

const SEED = 1;
const UPDATES = Number(process.argv[2] ?? 600);
const NUM_ENVS = 16;

async function main(): Promise<void> {
  await selectBackend('auto');
  const training = ['en', 'zh'].flatMap((language) => Array.from({ length: 1000 }, (_, seed) => generatePersona({ language: language as 'en' | 'zh', seed })));
  const heldOut = ['en', 'zh'].flatMap((language) => Array.from({ length: 50 }, (_, k) => generatePersona({ language: language as 'en' | 'zh', seed: 1_000_000 + k })));

  const envs = makeVec<ChatObservation, string>(EMPATHETIC_CHAT_ID, NUM_ENVS, { simulator: 'rule', maxTurns: 8, personas: training });
  const policy = createStrategyPolicy({ encoder: { hashBuckets: 256, maxTurns: 8 }, critic: false, seed: SEED });
  const reference = policy.copy(); // frozen: the KL anchor
  const config = DEFAULT_GRPO_CONFIG; // G = 8 episodes per group, 8 groups per update
  const grpo = new Grpo(policy, new Adam(policy.variableNames(), policy.variables()), config, reference);
  const realizer = new TemplateRealizer();
  const decode = strategyDecoder(realizer, STRATEGIES, SEED);
  const rng = new Rng(SEED);

  for (let update = 0; update < UPDATES; update++) {
    const groupSeeds = Array.from({ length: config.groupsPerUpdate }, (_, g) => deriveSeed(SEED, 'group', update, g));
    const result = await grpo.update({ vec: envs, decode, rng, seeds: groupSeeds, update, totalUpdates: UPDATES, maxEpisodeSteps: 9 });
    if ((update + 1) % 50 === 0) {
      const mean = result.episodes.reduce((s, e) => s + (e.finalEmotion ?? 0), 0) / result.episodes.length;
      console.log(`update ${update + 1}: mean final emotion ${mean.toFixed(1)}, KL to reference ${result.stats.klToReference!.toFixed(3)}`);
    }
  }
  await envs.close();

  const { summary } = await evaluateAgent(new PolicyAgent(policy, realizer, { name: 'grpo-policy' }), heldOut, { env: { simulator: 'rule', maxTurns: 8 }, seed: 99 });
  console.log(`held-out mean final emotion: ${summary.meanEmotion.toFixed(1)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
