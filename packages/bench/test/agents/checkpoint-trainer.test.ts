import * as path from 'node:path';
import { resolveConfig, train } from '@rlver/trainer';
import { runBenchmark } from '@rlver/bench';
import { personas, ReplyScriptedSimulator, sortedRows, tempDir } from '../support/scripted';

/**
 * `checkpoint:DIR` end to end: a real (tiny) training run of @rlver/trainer writes a checkpoint, and the bench
 * loads it through the trainer's loadCheckpointAgent (found at run time, not at build time) and runs it.
 */
describe('checkpoint: agents from a real trainer run', () => {
  it('runs a freshly trained checkpoint like any other agent, reproducibly', async () => {
    const runDir = path.join(tempDir('rlver-ckpt-'), 'ppo');
    const config = resolveConfig({
      totalUpdates: 1,
      outDir: runDir,
      backend: 'cpu',
      checkpointEvery: 1,
      env: { numEnvs: 2, maxTurns: 2, personas: { source: 'generated', languages: ['en'], count: 4, seedStart: 0 } },
      policy: { hashBuckets: 32, hiddenSizes: [8] },
    });
    await train(config, { progress: false, skipFinalEvaluation: true, log: () => undefined });

    const run = async (): Promise<ReturnType<typeof sortedRows>> => {
      const out = tempDir();
      const summary = await runBenchmark({ agent: `checkpoint:${runDir}`, profiles: personas(3), out, simulator: new ReplyScriptedSimulator() });
      expect(summary.errors).toBe(0);
      return sortedRows(summary.file);
    };
    const first = await run();
    expect(first).toHaveLength(3);
    expect(first[0]?.settings.agent.spec).toBe(`checkpoint:${runDir}`);
    expect(first[0]?.settings.agent.name).toMatch(/^checkpoint:ppo@\d+$/);
    expect(first[0]?.settings.versions['@rlver/trainer']).toMatch(/^\d+\.\d+\.\d+/);
    for (const row of first) for (const m of row.history.filter((h) => h.role === 'assistant')) expect(m.content.length).toBeGreaterThan(0);
    expect(await run()).toEqual(first);
  });
});
