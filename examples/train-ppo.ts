/**
 * PPO on the RLVER empathetic-chat environment, written out step by step with the trainer's building blocks
 * (the `rlver-train` CLI does the same with checkpoints, metrics and a progress bar).
 *
 *   npx tsc -b && node examples/run.js examples/train-ppo.ts [updates=150]
 *
 * The policy reads the user's words (hashed n-grams), picks one of nine response strategies, and the template
 * realizer writes the reply; the rule simulator answers and, at the end of the dialogue, pays the final emotion
 * divided by 100 (RLVER's reward). Held-out personas (generator seeds never trained on) measure the result.
 */
import { EMPATHETIC_CHAT_ID, STRATEGIES, Rng, deriveSeed, generatePersona, makeVec, type ChatObservation } from '@rlver/env';
import { Adam, DEFAULT_PPO_CONFIG, PolicyAgent, Ppo, TemplateRealizer, createStrategyPolicy, evaluateAgent, selectBackend, strategyDecoder } from '@rlver/trainer';

const SEED = 1;
const UPDATES = Number(process.argv[2] ?? 150);
const NUM_ENVS = 16;

async function main(): Promise<void> {
  await selectBackend('auto');

  // Training personas: generator seeds 0..999 in each language. Held out: seeds from 1,000,000.
  const training = ['en', 'zh'].flatMap((language) => Array.from({ length: 1000 }, (_, seed) => generatePersona({ language: language as 'en' | 'zh', seed })));
  const heldOut = ['en', 'zh'].flatMap((language) => Array.from({ length: 50 }, (_, k) => generatePersona({ language: language as 'en' | 'zh', seed: 1_000_000 + k })));

  const envs = makeVec<ChatObservation, string>(EMPATHETIC_CHAT_ID, NUM_ENVS, { simulator: 'rule', difficulty: 'vanilla', maxTurns: 8, personas: training });
  const policy = createStrategyPolicy({ encoder: { hashBuckets: 256, maxTurns: 8 }, hiddenSizes: [64, 64], seed: SEED });
  const optimizer = new Adam(policy.variableNames(), policy.variables());
  const realizer = new TemplateRealizer();
  const decode = strategyDecoder(realizer, STRATEGIES, SEED);
  const ppo = new Ppo(policy, optimizer, DEFAULT_PPO_CONFIG);
  const rng = new Rng(SEED);

  for (let update = 0; update < UPDATES; update++) {
    // Each rollout starts from freshly seeded episodes: reproducible, and resumable from any update.
    const seeds = Array.from({ length: NUM_ENVS }, (_, i) => deriveSeed(SEED, 'rollout', update, i));
    const result = await ppo.update({ vec: envs, decode, rng, seeds, update, totalUpdates: UPDATES });
    if ((update + 1) % 10 === 0) {
      const emotions = result.episodes.map((e) => e.finalEmotion ?? 0);
      const mean = emotions.reduce((a, b) => a + b, 0) / Math.max(1, emotions.length);
      console.log(`update ${update + 1}: ${result.episodes.length} episodes, mean final emotion ${mean.toFixed(1)}, entropy ${result.stats.entropy!.toFixed(2)}`);
    }
  }
  await envs.close();

  const agent = new PolicyAgent(policy, realizer, { name: 'ppo-policy' });
  const { summary } = await evaluateAgent(agent, heldOut, { env: { simulator: 'rule', maxTurns: 8 }, seed: 99 });
  console.log(`held-out mean final emotion: ${summary.meanEmotion.toFixed(1)} (en ${summary.byLanguage.en!.meanEmotion.toFixed(1)}, zh ${summary.byLanguage.zh!.meanEmotion.toFixed(1)})`);
  await policy.save('runs/example-ppo/policy');
  console.log('saved the policy to runs/example-ppo/policy');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
