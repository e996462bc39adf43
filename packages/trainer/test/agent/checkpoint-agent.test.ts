import * as path from 'node:path';
import { STRATEGIES, type ChatMessage } from '@rlver/env';
import { loadCheckpointAgent } from '../../src/agent/load-checkpoint-agent';
import { PolicyAgent } from '../../src/agent/policy-agent';
import { resolveConfig } from '../../src/config/load-config';
import { train } from '../../src/training/train';
import { tempDir, tinyRun } from '../support/tiny-config';

const dialogue: ChatMessage[] = [{ role: 'user', content: 'I finally finished the marathon I trained a year for, but nobody at home even asked.' }];

describe('loadCheckpointAgent', () => {
  let runDir: string;
  beforeAll(async () => {
    runDir = tempDir();
    await train(resolveConfig(tinyRun(runDir), { totalUpdates: 2 }), { log: () => undefined, progress: false, skipFinalEvaluation: true });
  });

  it('loads the latest checkpoint of a run as an Agent that answers deterministically', async () => {
    const agent = (await loadCheckpointAgent(runDir, { log: () => undefined })) as PolicyAgent;
    expect(agent.name).toMatch(/^checkpoint:.*@2$/);
    const reply = await agent.respond(dialogue, { seed: 5 });
    expect(typeof reply).toBe('string');
    expect(reply.length).toBeGreaterThan(10);
    expect(await agent.respond(dialogue, { seed: 5 })).toBe(reply);
    expect(STRATEGIES).toContain(agent.chooseStrategy(dialogue));
  });

  it('accepts a checkpoint directory too, and names what is missing otherwise', async () => {
    const agent = await loadCheckpointAgent(path.join(runDir, 'checkpoints', 'update-000002'), { log: () => undefined, name: 'mine' });
    expect(agent.name).toBe('mine');
    await expect(loadCheckpointAgent(tempDir(), { log: () => undefined })).rejects.toThrow(/not a checkpoint \(no checkpoint\.json\) nor a run directory/);
  });
});
