import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { TrainConfigInput } from '../../src/config/types';

/** A fresh temporary directory. */
export function tempDir(prefix = 'rlver-train-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A config layer that makes a real training run take a second or two: few envs, short rollouts, tiny pools. */
export function tinyRun(outDir: string, algorithm: 'ppo' | 'grpo' = 'ppo'): TrainConfigInput {
  return {
    algorithm,
    backend: 'wasm',
    outDir,
    totalUpdates: 4,
    checkpointEvery: 2,
    env: { numEnvs: 4, maxTurns: 3, personas: { source: 'generated', languages: ['en', 'zh'], count: 6, seedStart: 0 } },
    policy: { hashBuckets: 16, hiddenSizes: [8] },
    ppo: { numSteps: 6, updateEpochs: 2, numMinibatches: 2, klCoef: 0.1 },
    grpo: { groupSize: 2, groupsPerUpdate: 2, updateEpochs: 2, numMinibatches: 2 },
    evaluation: { personas: { source: 'generated', languages: ['en', 'zh'], count: 2, seedStart: 500 } },
  };
}
