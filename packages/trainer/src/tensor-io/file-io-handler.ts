import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { RlverError, writeFileAtomic } from '@rlver/env';

/** File names of a saved model: the tfjs `model.json` layout, so tfjs-node's `file://` loader reads it too. */
export const MODEL_JSON = 'model.json';
export const WEIGHTS_BIN = 'weights.bin';

/** A saved model directory that cannot be read. */
export class ModelFileError extends RlverError {}

/** A `tf.io.IOHandler` whose `save` and `load` are both present. */
export interface FileIOHandler extends tf.io.IOHandler {
  save(artifacts: tf.io.ModelArtifacts): Promise<tf.io.SaveResult>;
  load(): Promise<tf.io.ModelArtifacts>;
}

/**
 * A `tf.io.IOHandler` that saves to and loads from a directory on the local file system without tfjs-node
 * (whose `file://` handler comes with the native backend). Writes `model.json` (topology, weight manifest,
 * metadata) and `weights.bin`, each atomically (temporary file, fsync, rename). Works with
 * `layersModel.save(fileIO(dir))`, `tf.loadLayersModel(fileIO(dir))` and {@link saveTensors}/{@link loadTensors}.
 */
export function fileIO(dir: string): FileIOHandler {
  return {
    async save(artifacts: tf.io.ModelArtifacts): Promise<tf.io.SaveResult> {
      if (artifacts.modelTopology instanceof ArrayBuffer) throw new ModelFileError('fileIO: binary (GraphDef) topologies are not supported');
      const weightData = artifacts.weightData === undefined ? new ArrayBuffer(0) : tf.io.CompositeArrayBuffer.join(artifacts.weightData);
      const manifest: tf.io.WeightsManifestConfig = [{ paths: [WEIGHTS_BIN], weights: artifacts.weightSpecs ?? [] }];
      const modelJson: tf.io.ModelJSON = {
        modelTopology: artifacts.modelTopology ?? {},
        weightsManifest: manifest,
        ...(artifacts.trainingConfig !== undefined && { trainingConfig: artifacts.trainingConfig }),
        ...(artifacts.format !== undefined && { format: artifacts.format }),
        ...(artifacts.generatedBy !== undefined && { generatedBy: artifacts.generatedBy }),
        ...(artifacts.convertedBy !== undefined && { convertedBy: artifacts.convertedBy }),
        ...(artifacts.signature !== undefined && { signature: artifacts.signature }),
        ...(artifacts.userDefinedMetadata !== undefined && { userDefinedMetadata: artifacts.userDefinedMetadata }),
      };
      await fs.mkdir(dir, { recursive: true });
      // Weights first: a model.json never points at weights that are not there yet.
      await writeFileAtomic(path.join(dir, WEIGHTS_BIN), new Uint8Array(weightData));
      await writeFileAtomic(path.join(dir, MODEL_JSON), `${JSON.stringify(modelJson)}\n`);
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON({ ...artifacts, weightData }) };
    },

    async load(): Promise<tf.io.ModelArtifacts> {
      const jsonFile = path.join(dir, MODEL_JSON);
      let modelJson: tf.io.ModelJSON;
      try {
        modelJson = JSON.parse(await fs.readFile(jsonFile, 'utf8')) as tf.io.ModelJSON;
      } catch (error) {
        throw new ModelFileError(`${jsonFile}: cannot read a saved model (${(error as Error).message})`, { cause: error });
      }
      if (!Array.isArray(modelJson.weightsManifest)) throw new ModelFileError(`${jsonFile}: field weightsManifest must be an array`);
      return tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => {
        const specs: tf.io.WeightsManifestEntry[] = [];
        const buffers: ArrayBuffer[] = [];
        for (const group of manifest) {
          specs.push(...group.weights);
          for (const file of group.paths) {
            const bytes = await fs.readFile(path.join(dir, file));
            buffers.push(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
          }
        }
        return [specs, tf.io.CompositeArrayBuffer.join(buffers)];
      });
    },
  };
}

/** Save named tensors (weights, optimiser moments) with JSON metadata to `dir` through {@link fileIO}. */
export async function saveTensors(dir: string, tensors: tf.NamedTensorMap, metadata: Record<string, unknown> = {}): Promise<void> {
  const { data, specs } = await tf.io.encodeWeights(tensors);
  await fileIO(dir).save({ modelTopology: {}, weightSpecs: specs, weightData: data, format: 'rlver-tensors', generatedBy: '@rlver/trainer', userDefinedMetadata: metadata as Record<string, {}> });
}

/** Load tensors saved by {@link saveTensors}; the caller owns (and disposes) them. */
export async function loadTensors(dir: string): Promise<{ tensors: tf.NamedTensorMap; metadata: Record<string, unknown> }> {
  const artifacts = await fileIO(dir).load();
  const tensors = tf.io.decodeWeights(artifacts.weightData ?? new ArrayBuffer(0), artifacts.weightSpecs ?? []);
  return { tensors, metadata: (artifacts.userDefinedMetadata ?? {}) as Record<string, unknown> };
}
