import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { resolveConfig } from '../../src/config/load-config';
import { loadPolicy } from '../../src/policies/registry';
import { TIMING_FIELDS, type MetricsRow } from '../../src/training/metrics';
import { train } from '../../src/training/train';
import { tempDir, tinyRun } from '../support/tiny-config';

const quiet = { log: () => undefined, progress: false, skipFinalEvaluation: true } as const;

function metricsWithoutTiming(dir: string): Array<Partial<MetricsRow>> {
  return readFileSync(path.join(dir, 'metrics.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const row = JSON.parse(line) as Record<string, unknown>;
      for (const field of TIMING_FIELDS) delete row[field];
      return row as Partial<MetricsRow>;
    });
}

async function weightsOf(checkpointDir: string): Promise<number[][]> {
  const policy = await loadPolicy(path.join(checkpointDir, 'policy'));
  const weights = policy.variables().map((v) => Array.from(v.dataSync()));
  policy.dispose();
  return weights;
}

describe.each(['ppo', 'grpo'] as const)('%s: interrupted and resumed = uninterrupted', (algorithm) => {
  it('gives identical weights and metrics', async () => {
    const straightDir = tempDir();
    const straight = await train(resolveConfig(tinyRun(straightDir, algorithm)), quiet);
    expect(straight.updates).toBe(4);

    const resumedDir = tempDir();
    // Interrupted after update 2 (as by Ctrl-C): same config, so the learning-rate schedule is the same.
    const controller = new AbortController();
    const first = await train(resolveConfig(tinyRun(resumedDir, algorithm)), { ...quiet, signal: controller.signal, onUpdate: (row) => row.update === 2 && controller.abort() });
    expect(first.updates).toBe(2);
    const resumed = await train(resolveConfig(tinyRun(resumedDir, algorithm)), { ...quiet, resume: true });
    expect(resumed.updates).toBe(4);
    expect(resumed.envSteps).toBe(straight.envSteps);

    expect(await weightsOf(resumed.checkpointDir)).toEqual(await weightsOf(straight.checkpointDir));
    expect(metricsWithoutTiming(resumedDir)).toEqual(metricsWithoutTiming(straightDir));
    const rows = metricsWithoutTiming(straightDir);
    expect(rows.map((r) => r.update)).toEqual([1, 2, 3, 4]);
    expect(rows[3]!.stats!.entropy).toBeGreaterThan(0);
    expect(rows[0]!.meanFinalEmotion).not.toBeNull();
  });
});

describe('run directory', () => {
  it('holds config, metrics, learning curve and pruned, complete checkpoints', async () => {
    const dir = tempDir();
    const result = await train(resolveConfig(tinyRun(dir), { keepCheckpoints: 1 }), { log: () => undefined, progress: false });
    expect(readdirSync(dir).sort()).toEqual(['checkpoints', 'config.json', 'evaluation.json', 'learning-curve.svg', 'metrics.jsonl']);
    expect(readdirSync(path.join(dir, 'checkpoints')).sort()).toEqual(['latest.json', 'update-000004']);
    expect(result.checkpointDir).toBe(path.join(dir, 'checkpoints', 'update-000004'));
    expect(readdirSync(result.checkpointDir).sort()).toEqual(['checkpoint.json', 'optimizer', 'policy', 'reference']);
    expect(readFileSync(path.join(dir, 'learning-curve.svg'), 'utf8')).toMatch(/^<svg[^>]*>[\s\S]*<polyline[\s\S]*<\/svg>\n$/);
    const evaluation = JSON.parse(readFileSync(path.join(dir, 'evaluation.json'), 'utf8'));
    expect(evaluation.summary.episodes).toBe(4);
    expect(Object.keys(evaluation.summary.byLanguage)).toEqual(['en', 'zh']);
  });

  it('refuses to start over an existing run and to resume where there is none', async () => {
    const dir = tempDir();
    await train(resolveConfig(tinyRun(dir), { totalUpdates: 1 }), quiet);
    await expect(train(resolveConfig(tinyRun(dir)), quiet)).rejects.toThrow(/pass --resume to continue it/);
    const empty = tempDir();
    await expect(train(resolveConfig(tinyRun(empty)), { ...quiet, resume: true })).rejects.toThrow(/not a checkpoint .* nor a run directory/);
    expect(existsSync(path.join(empty, 'metrics.jsonl'))).toBe(false);
  });

  it('refuses held-out personas that overlap the training pool', async () => {
    const dir = tempDir();
    const config = resolveConfig(tinyRun(dir), { evaluation: { personas: { source: 'generated', seedStart: 3 } } });
    await expect(train(config, quiet)).rejects.toThrow(/evaluation\.personas\.seedStart.*disjoint from the training personas' seeds 0\.\.5/);
  });
});
