import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { fileIO, loadTensors, ModelFileError, saveTensors } from '../../src/tensor-io/file-io-handler';
import { useWasmBackend } from '../support/backend';

useWasmBackend();

const tmp = () => mkdtempSync(path.join(tmpdir(), 'rlver-io-'));

describe('fileIO', () => {
  it('round-trips named tensors and metadata, leaving only model.json and weights.bin', async () => {
    const dir = tmp();
    const tensors = { a: tf.tensor2d([[1, 2], [3, 4.5]]), 'b/c': tf.tensor1d([-1, 7], 'int32') };
    await saveTensors(dir, tensors, { step: 3, note: 'x' });
    expect(readdirSync(dir).sort()).toEqual(['model.json', 'weights.bin']);
    const json = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8'));
    expect(json.weightsManifest[0].paths).toEqual(['weights.bin']);
    const loaded = await loadTensors(dir);
    expect(loaded.metadata).toEqual({ step: 3, note: 'x' });
    expect(Array.from(loaded.tensors.a!.dataSync())).toEqual([1, 2, 3, 4.5]);
    expect(loaded.tensors.a!.shape).toEqual([2, 2]);
    expect(loaded.tensors['b/c']!.dtype).toBe('int32');
    expect(Array.from(loaded.tensors['b/c']!.dataSync())).toEqual([-1, 7]);
  });

  it('saves and loads a tf.LayersModel without tfjs-node', async () => {
    const dir = tmp();
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 2, inputShape: [3], kernelInitializer: 'ones' })] });
    await model.save(fileIO(dir));
    const restored = await tf.loadLayersModel(fileIO(dir));
    const input = tf.tensor2d([[1, 2, 3]]);
    expect(Array.from((restored.predict(input) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict(input) as tf.Tensor).dataSync()));
  });

  it('names the file when there is no saved model', async () => {
    const dir = tmp();
    await expect(loadTensors(dir)).rejects.toThrow(ModelFileError);
    await expect(loadTensors(dir)).rejects.toThrow(/model\.json: cannot read a saved model/);
  });
});
