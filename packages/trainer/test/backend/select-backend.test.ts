import * as tf from '@tensorflow/tfjs';
import { BackendUnavailableError, selectBackend } from '../../src/backend/select-backend';
import { InvalidOptionError } from '@rlver/env';

describe('selectBackend', () => {
  it('falls back to wasm when the native packages are absent, and logs why', async () => {
    // Nothing is mocked: @tensorflow/tfjs-node(-gpu) are optional and not installed in this repository.
    const lines: string[] = [];
    const selection = await selectBackend('auto', { log: (m) => lines.push(m) });
    expect(selection.backend).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(selection.attempts.map((a) => [a.backend, a.ok])).toEqual([
      ['tensorflow-gpu', false],
      ['tensorflow', false],
      ['wasm', true],
    ]);
    expect(selection.attempts[0]!.reason).toMatch(/@tensorflow\/tfjs-node-gpu is not installed/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/tfjs backend: wasm \(skipped tensorflow-gpu: .*tensorflow: .*@tensorflow\/tfjs-node is not installed/);
  });

  it('prefers the GPU package when it is installed, and falls through when it fails to load', async () => {
    const loaded: string[] = [];
    const selection = await selectBackend('auto', {
      log: () => undefined,
      isInstalled: (pkg) => pkg === '@tensorflow/tfjs-node-gpu',
      load: (pkg) => {
        loaded.push(pkg);
        throw new Error('libtensorflow.so: cannot open shared object file');
      },
    });
    expect(loaded).toEqual(['@tensorflow/tfjs-node-gpu']);
    expect(selection.backend).toBe('wasm');
    expect(selection.attempts[0]!.reason).toMatch(/libtensorflow\.so/);
  });

  it('throws a typed error for an explicit backend that is unavailable', async () => {
    await expect(selectBackend('tensorflow', { log: () => undefined })).rejects.toThrow(BackendUnavailableError);
    await expect(selectBackend('tensorflow', { log: () => undefined })).rejects.toThrow(/backend "tensorflow" is not available: @tensorflow\/tfjs-node is not installed \(optional: npm install @tensorflow\/tfjs-node\)/);
  });

  it('honours an explicit cpu choice and rejects unknown names', async () => {
    expect((await selectBackend('cpu', { log: () => undefined })).tfBackend).toBe('cpu');
    await expect(selectBackend('tpu' as never)).rejects.toThrow(InvalidOptionError);
    await selectBackend('wasm', { log: () => undefined });
  });
});
