import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { InvalidOptionError, SchemaValidationError } from '@rlver/env';
import { DEFAULT_TRAIN_CONFIG } from '../../src/config/defaults';
import { overridesToLayer, readConfigFile, resolveConfig } from '../../src/config/load-config';
import { tempDir } from '../support/tiny-config';

const writeConfig = (value: unknown) => {
  const file = path.join(tempDir(), 'config.json');
  writeFileSync(file, JSON.stringify(value));
  return file;
};

describe('config files', () => {
  it('fills what a file leaves out from the defaults', () => {
    const config = resolveConfig(readConfigFile(writeConfig({ algorithm: 'grpo', ppo: { learningRate: 0.001 }, env: { numEnvs: 8 } })));
    expect(config.algorithm).toBe('grpo');
    expect(config.ppo.learningRate).toBe(0.001);
    expect(config.ppo.clipCoef).toBe(DEFAULT_TRAIN_CONFIG.ppo.clipCoef);
    expect(config.env.numEnvs).toBe(8);
    expect(config.env.personas).toEqual(DEFAULT_TRAIN_CONFIG.env.personas);
  });

  it('gives each algorithm its default number of updates unless a layer sets one', () => {
    expect(resolveConfig({}).totalUpdates).toBe(600);
    expect(resolveConfig({ algorithm: 'grpo' }).totalUpdates).toBe(1500);
    expect(resolveConfig({ algorithm: 'grpo' }, { totalUpdates: 7 }).totalUpdates).toBe(7);
  });

  it('names an unknown key with its path', () => {
    const file = writeConfig({ ppo: { learningRat: 0.001 } });
    expect(() => readConfigFile(file)).toThrow(SchemaValidationError);
    expect(() => readConfigFile(file)).toThrow(`${file}: field /ppo/learningRat is not an allowed field`);
  });

  it('names a mistyped or out-of-range key', () => {
    expect(() => readConfigFile(writeConfig({ env: { numEnvs: 'eight' } }))).toThrow(/field \/env\/numEnvs must be integer/);
    expect(() => readConfigFile(writeConfig({ ppo: { gamma: 1.5 } }))).toThrow(/field \/ppo\/gamma must be <= 1/);
    expect(() => readConfigFile(writeConfig({ algorithm: 'dqn' }))).toThrow(/field \/algorithm must be one of \["ppo","grpo"\]/);
  });

  it('reports a file that is not JSON', () => {
    const file = path.join(tempDir(), 'bad.json');
    writeFileSync(file, '{ not json');
    expect(() => readConfigFile(file)).toThrow(InvalidOptionError);
  });

  it('checks rules that span keys', () => {
    expect(() => resolveConfig({ algorithm: 'grpo', env: { numEnvs: 3 }, grpo: { groupSize: 4, groupsPerUpdate: 2 } })).toThrow(/env\.numEnvs.*a divisor of grpo\.groupsPerUpdate x grpo\.groupSize = 8/);
    expect(() => resolveConfig({ policy: { realizer: 'llm' } })).toThrow(/policy\.llm/);
  });

  it('merges a generated pool key by key but replaces a pool of another source', () => {
    expect(resolveConfig({ env: { personas: { source: 'generated', count: 7 } } }).env.personas).toEqual({ ...DEFAULT_TRAIN_CONFIG.env.personas, count: 7 });
    expect(resolveConfig({ env: { personas: { source: 'file', path: 'p.jsonl' } } }).env.personas).toEqual({ source: 'file', path: 'p.jsonl' });
  });
});

describe('--set overrides', () => {
  it('parses JSON values and dotted paths, and is validated like a file', () => {
    const layer = overridesToLayer(['ppo.learningRate=0.003', 'policy.hiddenSizes=[32]', 'outDir=runs/x', 'ppo.targetKl=null']);
    const config = resolveConfig(layer);
    expect(config.ppo.learningRate).toBe(0.003);
    expect(config.policy.hiddenSizes).toEqual([32]);
    expect(config.outDir).toBe('runs/x');
    expect(config.ppo.targetKl).toBeNull();
    expect(() => resolveConfig(overridesToLayer(['ppo.nope=1']))).toThrow(/\/ppo\/nope is not an allowed field/);
    expect(() => overridesToLayer(['justakey'])).toThrow(/--set.*key\.path=value/);
  });
});
