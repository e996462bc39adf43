import * as tf from '@tensorflow/tfjs';

/** Adam hyperparameters (PyTorch's defaults except eps, which follows CleanRL's PPO). */
export interface AdamOptions {
  readonly beta1?: number;
  readonly beta2?: number;
  readonly epsilon?: number;
}

/** Serialisable optimiser state: the step count and the moments by parameter name. */
export interface AdamState {
  readonly step: number;
  readonly moments: tf.NamedTensorMap;
}

/**
 * Adam as in PyTorch: `p -= lr * m_hat / (sqrt(v_hat) + eps)`, computed in plain JS on the gradients read back
 * from the backend.
 *
 * Why not `tf.train.adam`: the learning rate changes every update (a schedule) and tfjs keeps it protected; a
 * checkpoint must resume bit for bit, while tfjs restores its bias-correction products with `pow` where
 * training accumulated them by repeated multiplication; and for the policy's few tens of thousands of
 * parameters, ten elementwise tensor ops per variable cost far more in per-op overhead than one JS loop.
 * The moments are float32 (as saved), the arithmetic double, so the update is identical on every backend.
 */
export class Adam {
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  private stepCount = 0;
  private readonly m: Float32Array[];
  private readonly v: Float32Array[];

  constructor(
    private readonly names: readonly string[],
    private readonly params: readonly tf.Variable[],
    options: AdamOptions = {},
  ) {
    if (names.length !== params.length) throw new Error('Adam: one name per parameter');
    this.beta1 = options.beta1 ?? 0.9;
    this.beta2 = options.beta2 ?? 0.999;
    this.epsilon = options.epsilon ?? 1e-5;
    this.m = params.map((p) => new Float32Array(p.size));
    this.v = params.map((p) => new Float32Array(p.size));
  }

  /** Number of steps taken. */
  get step(): number {
    return this.stepCount;
  }

  /** Apply one update with the given gradients (aligned with the parameters, row-major) and learning rate. */
  apply(gradients: readonly Float32Array[], learningRate: number): void {
    if (gradients.length !== this.params.length) throw new Error('Adam: one gradient per parameter');
    this.stepCount += 1;
    const { beta1, beta2, epsilon } = this;
    const correction1 = 1 - beta1 ** this.stepCount;
    const correction2 = 1 - beta2 ** this.stepCount;
    this.params.forEach((param, i) => {
      const g = gradients[i]!;
      if (g.length !== this.m[i]!.length) throw new Error(`Adam: gradient ${i} has ${g.length} values, parameter ${this.names[i]} has ${this.m[i]!.length}`);
      const next = new Float32Array(g.length);
      adamUpdate(param.dataSync() as Float32Array, g, this.m[i]!, this.v[i]!, next, learningRate, beta1, beta2, correction1, correction2, epsilon);
      const value = tf.tensor(next, param.shape, 'float32');
      param.assign(value);
      value.dispose();
    });
  }

  /** The state to checkpoint (the caller owns the tensors). */
  state(): AdamState {
    const moments: tf.NamedTensorMap = {};
    this.names.forEach((name, i) => {
      const shape = this.params[i]!.shape;
      moments[`${name}/m`] = tf.tensor(this.m[i]!.slice(), shape, 'float32');
      moments[`${name}/v`] = tf.tensor(this.v[i]!.slice(), shape, 'float32');
    });
    return { step: this.stepCount, moments };
  }

  /** Restore a state saved by {@link Adam.state}. */
  restore(state: AdamState, source: string): void {
    if (!Number.isInteger(state.step) || state.step < 0) throw new Error(`${source}: optimiser step must be a non-negative integer, got ${state.step}`);
    this.names.forEach((name, i) => {
      for (const [kind, slot] of [['m', this.m[i]!], ['v', this.v[i]!]] as const) {
        const value = state.moments[`${name}/${kind}`];
        if (!value) throw new Error(`${source}: missing optimiser moment "${name}/${kind}"`);
        if (value.size !== slot.length) throw new Error(`${source}: optimiser moment "${name}/${kind}" has ${value.size} values, expected ${slot.length}`);
        slot.set(value.dataSync() as Float32Array);
      }
    });
    this.stepCount = state.step;
  }
}

/** The elementwise Adam update, kept a plain monomorphic function so that V8 compiles it to a tight loop. */
function adamUpdate(
  p: Float32Array,
  g: Float32Array,
  m: Float32Array,
  v: Float32Array,
  next: Float32Array,
  learningRate: number,
  beta1: number,
  beta2: number,
  correction1: number,
  correction2: number,
  epsilon: number,
): void {
  const n = p.length;
  for (let k = 0; k < n; k++) {
    const gk = g[k] as number;
    const mk = beta1 * (m[k] as number) + (1 - beta1) * gk;
    const vk = beta2 * (v[k] as number) + (1 - beta2) * gk * gk;
    m[k] = mk;
    v[k] = vk;
    // The stored (float32) moments feed the step, as they will after a checkpoint restore.
    next[k] = (p[k] as number) - (learningRate * ((m[k] as number) / correction1)) / (Math.sqrt((v[k] as number) / correction2) + epsilon);
  }
}
