import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readResultRows, runBenchmark, type BenchResultRow } from '@rlver/bench';
import { describeWithData } from '../../../../test/support/shared-data';
import { sortedRows, tempDir } from '../support/scripted';

interface SageProfile {
  id: string;
  player: string;
  scene: string;
  main_cha: string;
  task: string;
  first_talk: string;
}

describeWithData('runBenchmark on the SAGE test profiles with the rule simulator and a built-in agent', ['sage/profiles.jsonl'], (paths) => {
  const file = paths['sage/profiles.jsonl'] as string;
  const profiles = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SageProfile);
  let one: BenchResultRow[];
  let three: BenchResultRow[];

  beforeAll(async () => {
    const shard = { index: 2, count: 8 }; // profiles 1, 9, 17, ...: 13 dialogues keep the test quick
    const a = await runBenchmark({ agent: 'builtin:need-aware', profiles: file, out: tempDir(), workers: 1, shard });
    const b = await runBenchmark({ agent: 'builtin:need-aware', profiles: file, out: tempDir(), workers: 3, shard });
    one = sortedRows(a.file);
    three = sortedRows(b.file);
  });

  it('writes SAGE result rows: the profile\'s own fields and first message, Chinese labels, the persona', () => {
    expect(one).toHaveLength(13);
    const expectedIds = profiles.filter((_, i) => i % 8 === 1).map((p) => p.id).sort();
    expect(one.map((r) => r.id)).toEqual(expectedIds);
    for (const row of one) {
      const profile = profiles.find((p) => p.id === row.id) as SageProfile;
      expect({ character: row.character, task: row.task, player: row.player, scene: row.scene }).toEqual({ character: profile.main_cha, task: profile.task, player: profile.player, scene: profile.scene });
      expect(row.history[0]).toEqual({ role: 'user', content: profile.first_talk, 'emotion-point': 40 });
      expect(row.persona.source).toBe('sage');
      expect(row.turns).toBeLessThanOrEqual(9);
      expect(row.error).toBeUndefined();
    }
    const settings = one[0]?.settings;
    expect(settings?.profiles).toEqual({ source: 'profiles.jsonl', count: 100, sha256: createHash('sha256').update(readFileSync(file)).digest('hex') });
    expect(settings?.simulator).toEqual({ kind: 'rule', name: expect.stringMatching(/^rule/), difficulty: 'vanilla' });
  });

  it('gives the same rows with one worker and with three', () => {
    expect(three).toEqual(one);
  });

  it('writes rows that pass the result-row schema', async () => {
    const dir = tempDir();
    const summary = await runBenchmark({ agent: 'builtin:generic-polite', profiles: file, out: dir, shard: { index: 1, count: 20 } });
    const rows = await readResultRows(summary.file);
    expect(rows).toHaveLength(5);
    expect(summary.score.dialogues).toBe(5);
  });
});
