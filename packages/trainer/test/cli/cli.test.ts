import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { tempDir, tinyRun } from '../support/tiny-config';

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function configFile(value: unknown): string {
  const file = path.join(tempDir(), 'config.json');
  writeFileSync(file, JSON.stringify(value));
  return file;
}

describe('rlver-train CLI', () => {
  it('rejects a config with an unknown key, naming it, with exit code 2', async () => {
    const file = configFile({ ppo: { clipCoeff: 0.1 } });
    const { code, stderr } = await run('train', '--config', file, '--no-progress');
    expect(code).toBe(2);
    expect(stderr).toContain(`rlver-train: ${file}: field /ppo/clipCoeff is not an allowed field`);
  });

  it('rejects a bad flag value with exit code 2', async () => {
    expect((await run('train', '--updates', 'many')).stderr).toMatch(/invalid option "--updates": got "many", expected an integer >= 1/);
    expect((await run('train', '--algorithm', 'dqn')).code).toBe(2);
  });

  it('trains from a config file with flag overrides, resumes, and evaluates', async () => {
    const dir = tempDir();
    const file = configFile(tinyRun(path.join(dir, 'ignored')));
    const first = await run('train', '--config', file, '--out', dir, '--updates', '2', '--set', 'ppo.numSteps=4', '--no-progress');
    expect(first.stderr).toMatch(/tfjs backend: wasm/);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout.trim().split('\n').pop()!);
    expect(summary).toMatchObject({ outDir: dir, algorithm: 'ppo', updates: 2, backend: 'wasm' });
    expect(summary.envSteps).toBe(2 * 4 * 4);
    expect(JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')).ppo.numSteps).toBe(4);

    const refused = await run('train', '--resume', dir, '--seed', '3', '--no-progress');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/invalid option "--seed".*a resumed run keeps its config/);
    const resumed = await run('train', '--resume', dir, '--updates', '3', '--no-progress');
    expect(resumed.code).toBe(0);
    expect(JSON.parse(resumed.stdout.trim().split('\n').pop()!).updates).toBe(3);

    const evaluated = await run('evaluate', dir, '--count', '1', '--baselines');
    expect(evaluated.code).toBe(0);
    expect(evaluated.stdout).toMatch(/random[\s\S]*fixed:share-support[\s\S]*checkpoint:/);
    const scores = JSON.parse(evaluated.stdout.trim().split('\n').pop()!);
    expect(Object.keys(scores)).toHaveLength(11);
  });

  it('runs the quickstart end to end and prints the final JSON line', async () => {
    const dir = tempDir();
    const overrides = tinyRun(dir);
    const { code, stdout } = await run('quickstart', '--out', dir, '--config', configFile({ ...overrides, outDir: dir }), '--no-progress');
    expect(code).toBe(0);
    const last = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(Object.keys(last)).toEqual(['random', 'bestFixed', 'trained']);
    for (const value of Object.values(last)) expect(typeof value).toBe('number');
    expect(stdout).toMatch(/agent\s+emotion en\s+emotion zh\s+emotion all/);
    expect(existsSync(path.join(dir, 'report.md'))).toBe(true);
    expect(readFileSync(path.join(dir, 'report.md'), 'utf8')).toMatch(/\| all \| [\d.]+ \| [\d.]+ \(fixed:[a-z-]+\) \| [\d.]+ \|/);
    expect(existsSync(path.join(dir, 'learning-curve.svg'))).toBe(true);
  });
});
