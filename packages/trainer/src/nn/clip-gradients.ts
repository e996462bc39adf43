/**
 * Scale gradients in place so that their global L2 norm is at most `maxNorm` (PyTorch's `clip_grad_norm_`:
 * scale `maxNorm / (norm + 1e-6)`). Returns the norm before clipping. `maxNorm <= 0` disables clipping.
 */
export function clipByGlobalNorm(gradients: readonly Float32Array[], maxNorm: number): number {
  let squares = 0;
  for (const g of gradients) for (let k = 0; k < g.length; k++) squares += g[k]! * g[k]!;
  const norm = Math.sqrt(squares);
  if (maxNorm > 0 && Number.isFinite(maxNorm) && norm > maxNorm) {
    const scale = maxNorm / (norm + 1e-6);
    for (const g of gradients) for (let k = 0; k < g.length; k++) g[k]! *= scale;
  }
  return norm;
}
