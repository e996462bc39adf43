import { SingleBar, Presets } from 'cli-progress';

/** A progress display for training: a cli-progress bar on a terminal, nothing otherwise (logs and CI stay clean). */
export interface Progress {
  update(done: number, payload: { emotion: string; steps: number }): void;
  stop(): void;
}

/** The bar on `stream` when it is a TTY (or when forced), a no-op otherwise. */
export function createProgress(total: number, start: number, options: { stream?: NodeJS.WriteStream; enabled?: boolean } = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (!(options.enabled ?? stream.isTTY)) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    { format: 'train [{bar}] {value}/{total} updates | emotion {emotion} | {steps} env steps | eta {eta_formatted}', stream, hideCursor: true, etaBuffer: 20 },
    Presets.shades_classic,
  );
  bar.start(total, start, { emotion: '-', steps: 0 });
  return {
    update: (done, payload) => bar.update(done, payload),
    stop: () => bar.stop(),
  };
}
