/** One benchmark figure, printed by perf scripts as one JSON line. */
export interface PerfFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly [context: string]: unknown;
}

/** Print a figure as one JSON line on stdout (the format `npm run perf` collects). */
export function printFigure(figure: PerfFigure): void {
  process.stdout.write(`${JSON.stringify(figure)}\n`);
}

/** Facts about the machine to attach to figures as context. */
export function machineContext(): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const os = require('node:os') as typeof import('node:os');
  return { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown' };
}

/** The median of `values` (the upper one of the middle two for an even count), without reordering them. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** `x` rounded to `digits` decimals, as figures print it. */
export function roundTo(x: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(x * scale) / scale;
}

/**
 * Run a benchmark script's `main`: a failure prints its stack on stderr and makes the exit code 1, so that
 * `npm run perf` reports the script as failed.
 */
export function runPerf(main: () => Promise<void> | void): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    });
}
