import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * What a user gets after `npm ci`: the three commands on PATH (through the committed bin shims) and the packages
 * importable by name from plain Node, with type declarations. Runs against the build (`npm test` builds first).
 */
const root = path.resolve(__dirname, '..');
const packages = [
  { name: '@rlver/env', dir: 'env', bin: 'rlver-env', command: 'demo' },
  { name: '@rlver/trainer', dir: 'trainer', bin: 'rlver-train', command: 'quickstart' },
  { name: '@rlver/bench', dir: 'bench', bin: 'rlver-bench', command: 'score' },
];

describe.each(packages)('$name', ({ name, dir, bin, command }) => {
  it(`runs ${bin} through its bin shim`, () => {
    const manifest = require(path.join(root, 'packages', dir, 'package.json')) as { bin: Record<string, string>; types: string };
    const shim = path.join(root, 'packages', dir, manifest.bin[bin] as string);
    const result = spawnSync(process.execPath, [shim, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Usage: ${bin}`);
    expect(result.stdout).toContain(command);
    const bad = spawnSync(process.execPath, [shim, 'no-such-command'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(existsSync(path.join(root, 'packages', dir, manifest.types))).toBe(true);
  });

  it('is importable by name from plain Node (ESM import of the CommonJS build)', () => {
    const script = `const m = await import(${JSON.stringify(name)}); console.log(Object.keys(m).filter((k) => k !== 'default').length);`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(Number(result.stdout.trim())).toBeGreaterThan(5);
  });
});
