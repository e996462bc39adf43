import { Presets, SingleBar } from 'cli-progress';
import type { RunProgress } from '../run/run-benchmark';
import type { CliIO } from './io';

/**
 * A progress reporter for `run`: a bar on a terminal; nothing otherwise (logs and pipes stay clean).
 */
export function progressReporter(io: CliIO): { update: (progress: RunProgress) => void; stop: () => void } {
  if (!io.isTTY || !io.progressStream) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    { stream: io.progressStream, format: 'dialogues {bar} {value}/{total} | errors {errors} | eta {eta_formatted}', hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update: (progress) => {
      if (!started) {
        bar.start(progress.total, progress.done, { errors: progress.errors });
        started = true;
      } else {
        bar.update(progress.done, { errors: progress.errors });
      }
    },
    stop: () => {
      if (started) bar.stop();
      started = false;
    },
  };
}
