import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { RlverError, writeJsonAtomic, type RngState } from '@rlver/env';
import type { TrainConfig } from '../config/types';
import type { Adam } from '../nn/adam';
import type { Policy } from '../policies/types';
import { loadTensors, saveTensors } from '../tensor-io/file-io-handler';

/** Counters and generator state of a run: with the weights and optimiser state, all a resume needs. */
export interface TrainingState {
  /** Updates completed. */
  readonly update: number;
  /** Env steps taken. */
  readonly envSteps: number;
  /** Episodes finished. */
  readonly episodes: number;
  /** Training wall time so far, in seconds (summed over resumed sessions). */
  readonly elapsedSeconds: number;
  /** State of the generator that samples actions and shuffles minibatches. */
  readonly rng: RngState;
}

/** `checkpoint.json`: what a checkpoint directory holds besides tensors. */
export interface CheckpointMeta {
  readonly format: 'rlver-checkpoint';
  readonly version: 1;
  readonly state: TrainingState;
  /** The run's config (API keys removed). */
  readonly config: TrainConfig;
  /** The tfjs backend the run used: resuming on the same backend reproduces the uninterrupted run exactly. */
  readonly backend: string;
  readonly savedAt: string;
}

/** A checkpoint directory that is missing or incomplete. */
export class CheckpointError extends RlverError {}

export const CHECKPOINTS_DIR = 'checkpoints';
const LATEST = 'latest.json';
const META = 'checkpoint.json';

/** What {@link saveCheckpoint} writes. */
export interface CheckpointContents {
  readonly policy: Policy<unknown>;
  readonly reference: Policy<unknown> | undefined;
  readonly optimizer: Adam;
  readonly state: TrainingState;
  readonly config: TrainConfig;
  readonly backend: string;
}

/**
 * Write a checkpoint atomically: everything goes to a temporary directory first (each file itself written
 * atomically), which is then renamed to `checkpoints/update-NNNNNN`; `checkpoints/latest.json` is switched to it
 * last. A crash at any point leaves the previous checkpoint intact and `latest.json` pointing at a complete one.
 * Keeps the newest `keep` checkpoints.
 */
export async function saveCheckpoint(runDir: string, contents: CheckpointContents, keep: number): Promise<string> {
  const root = path.join(runDir, CHECKPOINTS_DIR);
  const name = `update-${String(contents.state.update).padStart(6, '0')}`;
  const final = path.join(root, name);
  const tmp = path.join(root, `.tmp-${name}-${process.pid}-${Date.now()}`);
  await fs.mkdir(tmp, { recursive: true });
  try {
    await contents.policy.save(path.join(tmp, 'policy'));
    if (contents.reference) await contents.reference.save(path.join(tmp, 'reference'));
    const optimizer = contents.optimizer.state();
    try {
      await saveTensors(path.join(tmp, 'optimizer'), optimizer.moments, { step: optimizer.step });
    } finally {
      tf.dispose(optimizer.moments);
    }
    const meta: CheckpointMeta = { format: 'rlver-checkpoint', version: 1, state: contents.state, config: contents.config, backend: contents.backend, savedAt: new Date().toISOString() };
    await writeJsonAtomic(path.join(tmp, META), meta);
    // Re-saving an update (a resumed run passing the same point) replaces the old copy.
    await fs.rm(final, { recursive: true, force: true });
    await fs.rename(tmp, final);
  } catch (error) {
    await fs.rm(tmp, { recursive: true, force: true });
    throw error;
  }
  await writeJsonAtomic(path.join(root, LATEST), { checkpoint: name, update: contents.state.update });
  await pruneCheckpoints(root, keep, name);
  return final;
}

async function pruneCheckpoints(root: string, keep: number, latest: string): Promise<void> {
  const names = (await fs.readdir(root)).filter((n) => /^update-\d+$/.test(n)).sort();
  const excess = names.filter((n) => n !== latest).slice(0, Math.max(0, names.length - keep));
  for (const n of excess) await fs.rm(path.join(root, n), { recursive: true, force: true });
}

/**
 * The checkpoint directory for `dir`: `dir` itself when it holds `checkpoint.json`, else the latest checkpoint
 * of the run directory `dir`.
 */
export async function resolveCheckpointDir(dir: string): Promise<string> {
  if (existsSync(path.join(dir, META))) return dir;
  const latestFile = path.join(dir, CHECKPOINTS_DIR, LATEST);
  if (!existsSync(latestFile)) throw new CheckpointError(`${dir}: not a checkpoint (no ${META}) nor a run directory with checkpoints (no ${CHECKPOINTS_DIR}/${LATEST})`);
  const latest = JSON.parse(await fs.readFile(latestFile, 'utf8')) as { checkpoint?: unknown };
  if (typeof latest.checkpoint !== 'string') throw new CheckpointError(`${latestFile}: field checkpoint must be a directory name`);
  const resolved = path.join(dir, CHECKPOINTS_DIR, latest.checkpoint);
  if (!existsSync(path.join(resolved, META))) throw new CheckpointError(`${latestFile} points at ${resolved}, which has no ${META}`);
  return resolved;
}

/** Read `checkpoint.json` of a checkpoint directory. */
export async function readCheckpointMeta(checkpointDir: string): Promise<CheckpointMeta> {
  const file = path.join(checkpointDir, META);
  let meta: CheckpointMeta;
  try {
    meta = JSON.parse(await fs.readFile(file, 'utf8')) as CheckpointMeta;
  } catch (error) {
    throw new CheckpointError(`${file}: cannot read the checkpoint (${(error as Error).message})`, { cause: error });
  }
  if (meta.format !== 'rlver-checkpoint' || meta.version !== 1) throw new CheckpointError(`${file}: not an rlver checkpoint of version 1`);
  return meta;
}

/** Restore weights, reference and optimiser state from a checkpoint into freshly built objects of the same run. */
export async function restoreCheckpoint(checkpointDir: string, target: { policy: Policy<unknown>; reference: Policy<unknown> | undefined; optimizer: Adam }): Promise<CheckpointMeta> {
  const meta = await readCheckpointMeta(checkpointDir);
  await target.policy.load(path.join(checkpointDir, 'policy'));
  if (target.reference) await target.reference.load(path.join(checkpointDir, 'reference'));
  const { tensors, metadata } = await loadTensors(path.join(checkpointDir, 'optimizer'));
  try {
    target.optimizer.restore({ step: metadata.step as number, moments: tensors }, path.join(checkpointDir, 'optimizer'));
  } finally {
    tf.dispose(tensors);
  }
  return meta;
}
