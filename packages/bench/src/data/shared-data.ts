import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The real SAGE/RLVER data (`shared/data`, never part of the repository), for benchmark scripts:
 * `$RLVER_SHARED_DATA`, else the first ancestor of `from` that has `shared/data/README.md`. Undefined when
 * absent.
 */
export function findSharedData(from: string = __dirname): string | undefined {
  const fromEnv = process.env.RLVER_SHARED_DATA;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(dir, 'shared', 'data');
    if (existsSync(path.join(candidate, 'README.md'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
