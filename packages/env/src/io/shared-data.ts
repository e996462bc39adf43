import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Where the real SAGE/RLVER data (`shared/data`, never part of the repository) is: `$RLVER_SHARED_DATA` when
 * set (undefined if that directory does not exist), else the first ancestor of `from` (and `from` itself) that
 * holds `shared/data/README.md`, else undefined. Used by the calibration and benchmark scripts and the tests.
 */
export function findSharedData(from: string = process.cwd()): string | undefined {
  const fromEnv = process.env.RLVER_SHARED_DATA;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'data');
    if (existsSync(path.join(candidate, 'README.md'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}
