import * as tf from '@tensorflow/tfjs';

let instanceCounter = 0;

/**
 * A set of named trainable tensors. tfjs registers every variable under a globally unique name, so two copies
 * of one network (the policy and its frozen reference) cannot share names; each set prefixes its variables with
 * a unique instance id and exposes the stable, logical names (`actor/0/kernel`) for saving and loading.
 */
export class ParameterSet {
  private readonly prefix = `p${instanceCounter++}`;
  private readonly byName = new Map<string, tf.Variable>();

  /** Create a trainable variable from flat values. */
  add(name: string, shape: readonly number[], values: Float32Array): tf.Variable {
    if (this.byName.has(name)) throw new Error(`ParameterSet: duplicate parameter name "${name}"`);
    const variable = tf.variable(tf.tensor(values, [...shape], 'float32'), true, `${this.prefix}/${name}`);
    this.byName.set(name, variable);
    return variable;
  }

  /** Logical names, in creation order (the order of {@link ParameterSet.variables}). */
  names(): string[] {
    return [...this.byName.keys()];
  }

  /** The variables, in creation order. */
  variables(): tf.Variable[] {
    return [...this.byName.values()];
  }

  /** Copies of the current values by logical name (the caller owns the returned tensors). */
  snapshot(): tf.NamedTensorMap {
    const out: tf.NamedTensorMap = {};
    for (const [name, variable] of this.byName) out[name] = variable.clone();
    return out;
  }

  /**
   * Assign values by logical name. Every parameter must be present with its shape; extra entries are an error
   * too, so a checkpoint of another architecture is refused rather than half-loaded.
   */
  assign(values: tf.NamedTensorMap, source: string): void {
    const expected = new Set(this.byName.keys());
    for (const name of Object.keys(values)) {
      if (!expected.has(name)) throw new Error(`${source}: unexpected parameter "${name}" (expected ${[...expected].join(', ')})`);
    }
    for (const [name, variable] of this.byName) {
      const value = values[name];
      if (!value) throw new Error(`${source}: missing parameter "${name}"`);
      if (!tf.util.arraysEqual(value.shape, variable.shape)) {
        throw new Error(`${source}: parameter "${name}" has shape [${value.shape.join(', ')}], expected [${variable.shape.join(', ')}]`);
      }
      variable.assign(value);
    }
  }

  /** Copy every value from another set with the same logical names and shapes. */
  copyFrom(other: ParameterSet): void {
    const values = other.snapshot();
    try {
      this.assign(values, 'copy');
    } finally {
      tf.dispose(values);
    }
  }

  dispose(): void {
    for (const variable of this.byName.values()) variable.dispose();
    this.byName.clear();
  }
}
