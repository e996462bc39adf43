import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { findSharedData } from '@rlver/env';

/** `shared/data` as seen from this repository (see `findSharedData`). */
export function sharedDataRoot(): string | undefined {
  return findSharedData(path.resolve(__dirname, '..', '..'));
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
