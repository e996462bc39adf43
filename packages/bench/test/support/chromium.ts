import { existsSync } from 'node:fs';

/** Debian's chromium, installed by `.ci/run` with `apt-get install -y chromium`. */
export const CHROMIUM = process.env.RLVER_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for a quiet, sandbox-free headless Chromium that makes no network calls of its own. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * `describe` for tests that need a headless Chromium. Without the browser the block is skipped with a message;
 * under CI (`CI=true`) a missing browser is a failure, as with missing shared data.
 */
export function describeWithChromium(name: string, body: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has a Chromium to test in', () => {
        throw new Error(`${CHROMIUM} not found under CI: install it with "apt-get install -y chromium" (or set RLVER_CHROMIUM)`);
      });
    });
    return;
  }
  // eslint-disable-next-line no-console
  console.warn(`skipping "${name}": ${CHROMIUM} not found; install it with "apt-get install -y chromium" or set RLVER_CHROMIUM`);
  describe.skip(name, body);
}
