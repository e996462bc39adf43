import { InvalidOptionError, RlverError } from '@rlver/env';
import { loadTensors } from '../tensor-io/file-io-handler';
import { MLP_POLICY_KIND, MlpPolicy, type MlpPolicyOptions } from './mlp-policy';
import type { Policy, PolicyDescription } from './types';

/** Builds a policy of one kind from its saved options. */
export type PolicyFactory = (options: Record<string, unknown>) => Policy<unknown>;

const factories = new Map<string, PolicyFactory>([[MLP_POLICY_KIND, (options) => new MlpPolicy(options as unknown as MlpPolicyOptions)]]);

/** Register a policy kind so that {@link createPolicy} and {@link loadPolicy} can rebuild it from a checkpoint. */
export function registerPolicyKind(kind: string, factory: PolicyFactory): void {
  factories.set(kind, factory);
}

/** Build a policy from a description (fresh weights from its seed). */
export function createPolicy<O>(description: PolicyDescription): Policy<O> {
  const factory = factories.get(description.kind);
  if (!factory) throw new InvalidOptionError('policy.kind', description.kind, `a registered policy kind (${[...factories.keys()].join(', ')})`);
  return factory(description.options) as Policy<O>;
}

/** A saved policy directory whose description is missing or malformed. */
export class PolicyFileError extends RlverError {}

/** Load a policy saved with `policy.save(dir)`: rebuild its architecture from the saved description, then its weights. */
export async function loadPolicy<O>(dir: string): Promise<Policy<O>> {
  const { tensors, metadata } = await loadTensors(dir);
  const description = metadata.policy as PolicyDescription | undefined;
  for (const tensor of Object.values(tensors)) tensor.dispose();
  if (!description || typeof description.kind !== 'string' || typeof description.options !== 'object' || description.options === null) {
    throw new PolicyFileError(`${dir}: model.json has no policy description (userDefinedMetadata.policy with kind and options)`);
  }
  const policy = createPolicy<O>(description);
  await policy.load(dir);
  return policy;
}
