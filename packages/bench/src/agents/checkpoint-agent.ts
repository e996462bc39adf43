import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Agent } from '@rlver/env';
import { AgentSpecError } from './errors';

/** The package that writes policy checkpoints; an optional peer of the bench, loaded only for `checkpoint:` agents. */
export const TRAINER_PACKAGE = '@rlver/trainer';

/**
 * What the bench needs from `@rlver/trainer`: a function that turns a checkpoint directory into an agent. The
 * bench does not depend on the trainer at build time (a benchmark user need not install TensorFlow.js); it loads
 * the trainer at run time and checks this shape.
 */
export interface CheckpointAgentProvider {
  /** Load the policy saved in `dir` (a checkpoint written by `rlver-train`) as an {@link Agent}. */
  loadCheckpointAgent(dir: string): Promise<Agent>;
}

/** Loads the trainer package; replaceable in tests. */
export type TrainerImporter = () => unknown;

/** `require` of the trainer, by a name TypeScript does not resolve at build time (no compile-time dependency). */
const defaultImporter: TrainerImporter = () => {
  const name = TRAINER_PACKAGE;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(name) as unknown;
};

/**
 * The agent of a trainer checkpoint (`--agent checkpoint:DIR`). Fails with an {@link AgentSpecError} that says
 * what to do when the directory is missing, `@rlver/trainer` is not installed, or it lacks
 * `loadCheckpointAgent`.
 */
export async function loadCheckpointAgent(dir: string, cwd: string = process.cwd(), importTrainer: TrainerImporter = defaultImporter): Promise<Agent> {
  const spec = `checkpoint:${dir}`;
  const absolute = path.resolve(cwd, dir);
  if (!existsSync(absolute)) throw new AgentSpecError(spec, `no such checkpoint directory: ${absolute}`);
  let trainer: unknown;
  try {
    trainer = importTrainer();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'MODULE_NOT_FOUND') throw new AgentSpecError(spec, `checkpoint agents need the optional package ${TRAINER_PACKAGE}: npm install ${TRAINER_PACKAGE}`);
    throw new AgentSpecError(spec, `${TRAINER_PACKAGE} failed to load: ${(error as Error).message}`);
  }
  if (!isProvider(trainer)) throw new AgentSpecError(spec, `${TRAINER_PACKAGE} does not export loadCheckpointAgent(dir): update it to a version that does`);
  try {
    return await trainer.loadCheckpointAgent(absolute);
  } catch (error) {
    throw new AgentSpecError(spec, `the checkpoint could not be loaded: ${(error as Error).message}`);
  }
}

function isProvider(value: unknown): value is CheckpointAgentProvider {
  return typeof value === 'object' && value !== null && typeof (value as { loadCheckpointAgent?: unknown }).loadCheckpointAgent === 'function';
}
