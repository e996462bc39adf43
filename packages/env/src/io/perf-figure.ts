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
