import { DEFAULT_GRPO_CONFIG } from '../algorithms/grpo';
import { DEFAULT_PPO_CONFIG } from '../algorithms/ppo';
import type { TrainConfig } from './types';

/**
 * Updates when no config layer sets `totalUpdates`, by algorithm: a GRPO update learns from 8 personas (PPO's
 * from every episode of 16 sub-envs) and costs about a third of PPO's, so it gets more of them.
 */
export const DEFAULT_TOTAL_UPDATES: Readonly<Record<'ppo' | 'grpo', number>> = { ppo: 600, grpo: 1500 };

/**
 * The embedded defaults: PPO against the rule simulator (vanilla), 8-turn episodes, generated English and Chinese
 * training personas (seeds 0..1999 per language) and held-out personas from a disjoint seed range.
 */
export const DEFAULT_TRAIN_CONFIG: TrainConfig = {
  algorithm: 'ppo',
  seed: 1,
  backend: 'auto',
  totalUpdates: 600,
  maxMinutes: null,
  outDir: 'runs/rlver-train',
  checkpointEvery: 10,
  keepCheckpoints: 2,
  env: {
    numEnvs: 16,
    concurrency: null,
    simulator: 'rule',
    difficulty: 'vanilla',
    maxTurns: 8,
    initialEmotion: 40,
    reward: 'terminal',
    personas: { source: 'generated', languages: ['en', 'zh'], count: 2000, seedStart: 0 },
  },
  policy: {
    hashBuckets: 256,
    hiddenSizes: [64, 64],
    realizer: 'template',
  },
  ppo: DEFAULT_PPO_CONFIG,
  grpo: DEFAULT_GRPO_CONFIG,
  evaluation: {
    personas: { source: 'generated', languages: ['en', 'zh'], count: 100, seedStart: 1_000_000 },
    every: 0,
    greedy: true,
  },
};
