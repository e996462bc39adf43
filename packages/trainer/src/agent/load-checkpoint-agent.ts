import * as path from 'node:path';
import type { Agent, ChatObservation } from '@rlver/env';
import { selectBackend } from '../backend/select-backend';
import { loadPolicy } from '../policies/registry';
import { createRealizer } from '../realizers/create-realizer';
import { readCheckpointMeta, resolveCheckpointDir } from '../training/checkpoint';
import { PolicyAgent, type PolicyAgentOptions } from './policy-agent';

/** Options of {@link loadCheckpointAgent}. */
export interface LoadCheckpointAgentOptions extends PolicyAgentOptions {
  /** Receives the backend line (default: `console.error`). */
  readonly log?: (message: string) => void;
}

/**
 * Load a trained policy as an {@link Agent} (what `rlver-bench run --agent checkpoint:DIR` uses). `dir` is a run
 * directory (its latest checkpoint is used) or a checkpoint directory. The reply is written by the realizer the
 * run trained with (templates, or the configured LLM; API keys come from the environment). Initialises the tfjs
 * backend (auto) if none is active.
 */
export async function loadCheckpointAgent(dir: string, options: LoadCheckpointAgentOptions = {}): Promise<Agent> {
  const checkpointDir = await resolveCheckpointDir(dir);
  const meta = await readCheckpointMeta(checkpointDir);
  await selectBackend('auto', { log: options.log ?? ((message) => console.error(message)) });
  const policy = await loadPolicy<ChatObservation>(path.join(checkpointDir, 'policy'));
  const realizer = createRealizer(meta.config.policy);
  return new PolicyAgent(policy, realizer, {
    name: options.name ?? `checkpoint:${path.basename(path.resolve(dir))}@${meta.state.update}`,
    greedy: options.greedy ?? meta.config.evaluation.greedy,
    seed: options.seed ?? meta.config.seed,
  });
}
