import { readFileSync } from 'node:fs';
import { compileValidator, InvalidOptionError } from '@rlver/env';
import { DEFAULT_TOTAL_UPDATES, DEFAULT_TRAIN_CONFIG } from './defaults';
import { trainConfigSchema } from './schema';
import type { TrainConfig, TrainConfigInput } from './types';

const validateInput = compileValidator<TrainConfigInput>(trainConfigSchema);

/** Read and validate a JSON config file; an unknown, mistyped or out-of-range key is an error naming it. */
export function readConfigFile(file: string): TrainConfigInput {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InvalidOptionError('--config', file, `a readable JSON file (${(error as Error).message})`);
  }
  return validateInput(raw, file);
}

/**
 * Complete a partial config with the defaults (objects merged key by key, arrays and the persona pools
 * replaced whole), validate the result, and check the rules that span several keys. When no layer sets
 * `totalUpdates`, the algorithm's default applies (`DEFAULT_TOTAL_UPDATES`).
 */
export function resolveConfig(...layers: readonly TrainConfigInput[]): TrainConfig {
  let merged: unknown = DEFAULT_TRAIN_CONFIG;
  layers.forEach((layer, i) => {
    validateInput(layer, i === 0 ? 'config' : `config override ${i}`);
    merged = mergeDeep(merged, layer);
  });
  let config = merged as TrainConfig;
  if (!layers.some((layer) => layer.totalUpdates !== undefined)) config = { ...config, totalUpdates: DEFAULT_TOTAL_UPDATES[config.algorithm] };
  validateInput(config, 'resolved config');
  checkCrossFieldRules(config);
  return config;
}

/**
 * Turn `key.path=value` overrides (`--set ppo.learningRate=0.001`) into a config layer. The value is parsed as
 * JSON when it is valid JSON (numbers, booleans, null, arrays, objects) and taken as a string otherwise.
 */
export function overridesToLayer(assignments: readonly string[]): TrainConfigInput {
  const layer: Record<string, unknown> = {};
  for (const assignment of assignments) {
    const eq = assignment.indexOf('=');
    if (eq <= 0) throw new InvalidOptionError('--set', assignment, 'key.path=value, e.g. ppo.learningRate=0.001');
    const keys = assignment.slice(0, eq).split('.');
    const text = assignment.slice(eq + 1);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = text;
    }
    let node = layer;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) node[key] = value;
      else node = (node[key] ??= {}) as Record<string, unknown>;
    });
  }
  return layer as TrainConfigInput;
}

function checkCrossFieldRules(config: TrainConfig): void {
  for (const [name, pool] of [['env.personas', config.env.personas], ['evaluation.personas', config.evaluation.personas]] as const) {
    if (pool.source !== 'generated') continue;
    for (const key of ['languages', 'count', 'seedStart'] as const) {
      if (pool[key] === undefined) throw new InvalidOptionError(`${name}.${key}`, undefined, 'a value (a generated persona pool needs languages, count and seedStart)');
    }
  }
  if (config.env.simulator === 'llm' && !config.env.llm) throw new InvalidOptionError('env.llm', undefined, 'LLM simulator options ({ model, baseURL, ... }) when env.simulator is "llm"');
  if (config.policy.realizer === 'llm' && !config.policy.llm) throw new InvalidOptionError('policy.llm', undefined, 'LLM realizer options ({ model, baseURL, ... }) when policy.realizer is "llm"');
  if (config.algorithm === 'grpo') {
    const episodes = config.grpo.groupsPerUpdate * config.grpo.groupSize;
    if (episodes % config.env.numEnvs !== 0) {
      throw new InvalidOptionError('env.numEnvs', config.env.numEnvs, `a divisor of grpo.groupsPerUpdate x grpo.groupSize = ${episodes} (episodes per update fill whole waves of sub-envs)`);
    }
  }
}

function mergeDeep(base: unknown, layer: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(layer)) return layer === undefined ? base : layer;
  // A persona pool changes shape with its source: a pool of another source replaces it whole.
  if ('source' in layer && 'source' in base && layer.source !== base.source) return layer;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(layer)) {
    if (key === '$schema') continue;
    out[key] = key in base ? mergeDeep(base[key], value) : value;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
