import { BACKENDS } from '../backend/select-backend';
import { LR_SCHEDULES } from '../nn/lr-schedule';
import { llmOptionsSchema } from '@rlver/env';

const int = (minimum: number, maximum?: number) => ({ type: 'integer', minimum, ...(maximum !== undefined && { maximum }) });
const num = (minimum: number, maximum?: number) => ({ type: 'number', minimum, ...(maximum !== undefined && { maximum }) });
const obj = (properties: Record<string, object>) => ({ type: 'object', properties, additionalProperties: false });

const personaPool = {
  oneOf: [
    obj({
      source: { const: 'generated' },
      languages: { type: 'array', items: { enum: ['en', 'zh'] }, minItems: 1, uniqueItems: true },
      count: int(1),
      seedStart: int(0),
    }),
    { ...obj({ source: { const: 'file' }, path: { type: 'string', minLength: 1 } }), required: ['source', 'path'] },
  ],
};

const ppo = obj({
  numSteps: int(1),
  gamma: num(0, 1),
  gaeLambda: num(0, 1),
  clipCoef: num(0),
  valueClip: { type: ['number', 'null'], minimum: 0 },
  vfCoef: num(0),
  entCoef: num(0),
  normAdvantages: { type: 'boolean' },
  updateEpochs: int(1),
  numMinibatches: int(1),
  maxGradNorm: num(0),
  targetKl: { type: ['number', 'null'], minimum: 0 },
  klCoef: num(0),
  learningRate: num(0),
  lrSchedule: { enum: [...LR_SCHEDULES] },
});

const grpo = obj({
  groupSize: int(2),
  groupsPerUpdate: int(1),
  advantageEps: num(0),
  clipCoef: num(0),
  klCoef: num(0),
  entCoef: num(0),
  updateEpochs: int(1),
  numMinibatches: int(1),
  maxGradNorm: num(0),
  learningRate: num(0),
  lrSchedule: { enum: [...LR_SCHEDULES] },
});

/**
 * JSON Schema of a config file: every key optional (defaults fill in), none unknown, each typed. Ajv reports the
 * first problem with the path of the bad key.
 */
export const trainConfigSchema = obj({
  $schema: { type: 'string' },
  algorithm: { enum: ['ppo', 'grpo'] },
  seed: int(0, 4294967295),
  backend: { enum: ['auto', ...BACKENDS] },
  totalUpdates: int(1),
  maxMinutes: { type: ['number', 'null'], exclusiveMinimum: 0 },
  outDir: { type: 'string', minLength: 1 },
  checkpointEvery: int(1),
  keepCheckpoints: int(1),
  env: obj({
    numEnvs: int(1),
    concurrency: { type: ['integer', 'null'], minimum: 1 },
    simulator: { enum: ['rule', 'llm'] },
    llm: llmOptionsSchema() as object,
    difficulty: { enum: ['vanilla', 'challenging'] },
    maxTurns: int(1, 1000),
    initialEmotion: int(10, 99),
    reward: { enum: ['terminal', 'delta'] },
    personas: personaPool,
  }),
  policy: obj({
    hashBuckets: int(8),
    hiddenSizes: { type: 'array', items: int(1), minItems: 1 },
    realizer: { enum: ['template', 'llm'] },
    llm: llmOptionsSchema() as object,
  }),
  ppo,
  grpo,
  evaluation: obj({
    personas: personaPool,
    every: int(0),
    greedy: { type: 'boolean' },
  }),
});
