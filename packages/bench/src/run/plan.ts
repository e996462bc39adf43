import { deriveSeed, InvalidOptionError, type Persona } from '@rlver/env';

/** One shard of a run split over machines or processes: `index` of `count`, 1-based (`--shard 2/4`). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** One dialogue to run: a profile, a repeat, and the seed of its episode. */
export interface DialogueTask {
  readonly persona: Persona;
  /** Position of the profile in the run's profile list. */
  readonly profileIndex: number;
  readonly repeat: number;
  /** The episode seed given to the environment's `reset`. */
  readonly seed: number;
}

/** Parse `i/n` (1 <= i <= n); throws `InvalidOptionError` naming the flag otherwise. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!(count >= 1 && index >= 1 && index <= count)) throw new InvalidOptionError('shard', text, '"i/n" with 1 <= i <= n, e.g. "2/4" for the second of four shards');
  return { index, count };
}

/**
 * The seed of one dialogue: a hash of the run seed, the profile id and the repeat index. It depends on nothing
 * else (not on the order of completion, the number of workers or the shard), which is what makes results
 * identical however a run is split, and resumed runs continue exactly.
 */
export function dialogueSeed(runSeed: number, profileId: string, repeat: number): number {
  return deriveSeed(runSeed, profileId, repeat);
}

/**
 * The dialogues of a run (or of one shard of it), profile by profile, repeats together. Profile `p` (0-based, in
 * file order) belongs to shard `(p mod n) + 1`, so shards are balanced and every repeat of a profile runs in the
 * same shard.
 */
export function planDialogues(personas: readonly Persona[], runSeed: number, repeats: number, shard?: Shard): DialogueTask[] {
  const tasks: DialogueTask[] = [];
  personas.forEach((persona, profileIndex) => {
    if (shard && profileIndex % shard.count !== shard.index - 1) return;
    for (let repeat = 0; repeat < repeats; repeat++) tasks.push({ persona, profileIndex, repeat, seed: dialogueSeed(runSeed, persona.id, repeat) });
  });
  return tasks;
}
