/** Turns an observation into a fixed-size feature vector: the input of a policy network. */
export interface ObservationEncoder<O> {
  /** Length of a feature vector. */
  readonly size: number;
  /** Write the features of `observation` into `out[offset .. offset + size)` (which is zero on entry). */
  encodeInto(observation: O, out: Float32Array, offset: number): void;
  /** JSON options that rebuild an identical encoder. */
  describe(): Record<string, unknown>;
}
