/** How the learning rate changes over training. */
export type LrSchedule = 'constant' | 'linear' | 'cosine';

/** All schedules. */
export const LR_SCHEDULES: readonly LrSchedule[] = ['constant', 'linear', 'cosine'];

/**
 * Learning rate for update `update` (0-based) of `totalUpdates`: constant; linear annealing to 0 (CleanRL's
 * `anneal_lr`: the first update uses the full rate); or a cosine decay to 0.
 */
export function learningRateAt(schedule: LrSchedule, baseRate: number, update: number, totalUpdates: number): number {
  const progress = totalUpdates > 0 ? Math.min(1, Math.max(0, update / totalUpdates)) : 0;
  switch (schedule) {
    case 'constant':
      return baseRate;
    case 'linear':
      return baseRate * (1 - progress);
    case 'cosine':
      return baseRate * 0.5 * (1 + Math.cos(Math.PI * progress));
  }
}
