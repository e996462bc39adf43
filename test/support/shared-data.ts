import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Locate `shared/data` (the real SAGE/RLVER data, never committed): `$RLVER_SHARED_DATA`, else the first
 * ancestor of the repository that has `shared/data/README.md` (the layout `work/main` + `work/shared`).
 */
export function sharedDataRoot(): string | undefined {
  const fromEnv = process.env.RLVER_SHARED_DATA;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  let dir = path.resolve(__dirname, '..', '..');
  for (;;) {
    const candidate = path.join(dir, 'shared', 'data');
    if (existsSync(path.join(candidate, 'README.md'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Absolute path of a file under shared/data, or undefined when the data (or the file) is absent. */
export function sharedDataFile(relative: string): string | undefined {
  const root = sharedDataRoot();
  if (!root) return undefined;
  const file = path.join(root, relative);
  return existsSync(file) ? file : undefined;
}

/**
 * `describe` for tests that need shared data. On a fresh clone without the data the block is skipped with a
 * message; under CI (`CI=true`) missing data is a failure, not a skip.
 */
export function describeWithData(name: string, files: readonly string[], body: (paths: Record<string, string>) => void): void {
  const paths: Record<string, string> = {};
  const missing: string[] = [];
  for (const file of files) {
    const found = sharedDataFile(file);
    if (found) paths[file] = found;
    else missing.push(file);
  }
  if (missing.length === 0) {
    describe(name, () => body(paths));
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has its shared data', () => {
        throw new Error(`shared data missing under CI: ${missing.join(', ')} (set RLVER_SHARED_DATA or place shared/data next to the repository)`);
      });
    });
    return;
  }
  // eslint-disable-next-line no-console
  console.warn(`skipping "${name}": shared data not found (${missing.join(', ')}); set RLVER_SHARED_DATA to run it`);
  describe.skip(name, () => body(paths));
}
