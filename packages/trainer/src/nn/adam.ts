import * as tf from '@tensorflow/tfjs';

/** Adam hyperparameters (PyTorch's defaults except eps, which follows CleanRL's PPO). */
export interface AdamOptions {
  readonly beta1?: number;
  readonly beta2?: number;
  readonly epsilon?: number;
}

/** Serialisable optimiser state: the step count and the moments by parameter name (row-major values). */
export interface AdamState {
  readonly step: number;
  readonly moments: tf.NamedTensorMap;
}

/**
 * Adam as in PyTorch: `p -= lr * m_hat / (sqrt(v_hat) + eps)`.
 *
 * Written here rather than using `tf.train.adam` for two reasons: the learning rate changes every update (a
 * schedule), which tfjs's optimiser keeps protected; and a checkpoint must resume bit for bit, while tfjs
 * restores its bias-correction products with `pow` where training accumulated them by repeated multiplication
 * (a last-digit difference). Here the bias corrections are computed from the integer step count every time.
 */
export class Adam {
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  private stepCount = 0;
  private readonly m: tf.Variable[];
  private readonly v: tf.Variable[];

  constructor(
    private readonly names: readonly string[],
    private readonly params: readonly tf.Variable[],
    options: AdamOptions = {},
  ) {
    if (names.length !== params.length) throw new Error('Adam: one name per parameter');
    this.beta1 = options.beta1 ?? 0.9;
    this.beta2 = options.beta2 ?? 0.999;
    this.epsilon = options.epsilon ?? 1e-5;
    this.m = params.map((p) => tf.variable(tf.zerosLike(p), false));
    this.v = params.map((p) => tf.variable(tf.zerosLike(p), false));
  }

  /** Number of steps taken. */
  get step(): number {
    return this.stepCount;
  }

  /** Apply one update with the given gradients (aligned with the parameters) and learning rate. */
  apply(gradients: readonly tf.Tensor[], learningRate: number): void {
    if (gradients.length !== this.params.length) throw new Error('Adam: one gradient per parameter');
    this.stepCount += 1;
    const correction1 = 1 - this.beta1 ** this.stepCount;
    const correction2 = 1 - this.beta2 ** this.stepCount;
    tf.tidy(() => {
      this.params.forEach((param, i) => {
        const g = gradients[i]!;
        const m = tf.add(tf.mul(this.m[i]!, this.beta1), tf.mul(g, 1 - this.beta1));
        const v = tf.add(tf.mul(this.v[i]!, this.beta2), tf.mul(tf.square(g), 1 - this.beta2));
        this.m[i]!.assign(m);
        this.v[i]!.assign(v);
        const denominator = tf.add(tf.sqrt(tf.div(v, correction2)), this.epsilon);
        param.assign(tf.sub(param, tf.mul(tf.div(tf.div(m, correction1), denominator), learningRate)));
      });
    });
  }

  /** The state to checkpoint (the caller owns the tensors). */
  state(): AdamState {
    const moments: tf.NamedTensorMap = {};
    this.names.forEach((name, i) => {
      moments[`${name}/m`] = this.m[i]!.clone();
      moments[`${name}/v`] = this.v[i]!.clone();
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
        if (!tf.util.arraysEqual(value.shape, slot.shape)) throw new Error(`${source}: optimiser moment "${name}/${kind}" has the wrong shape`);
        slot.assign(value);
      }
    });
    this.stepCount = state.step;
  }

  dispose(): void {
    tf.dispose([...this.m, ...this.v]);
  }
}
